#!/usr/bin/python3
"""The demographic dashboard of every comune, province and Italy from an ISTAT POSAS file, in pandas.

The pandas side of benchmarks/compare-pandas.sh: what a researcher would write without socialplan. It
loads the file, computes the same eleven indicators the library's dashboard computes (docs/domain.md §4)
for every comune, every province (first three digits of the code) and Italy, and prints a checksum that
the Java side (CompareWithPandas) prints too.

Checksum: for every territory and indicator with a non-zero denominator, v = numerator * multiplier /
denominator in IEEE double (numerator * multiplier is an exact integer or half-integer, so v is the
correctly rounded quotient whatever the order of operations), then floor(v * 1e6 + 0.5) as an integer;
the checksum is the integer sum of those, so it does not depend on the order of territories.

Given several files (a series of years), it computes each file's dashboard in turn and the checksum is
the sum of theirs.

Usage: pandas_dashboard.py FILE... [--reps N] [--warmup W]
"""

import argparse
import sys
import time

import numpy as np
import pandas as pd

# id, numerator, denominator, multiplier: the columns of the counts table below.
INDICATORS = [
    ("old_age_index", "p65plus", "p0_14", 100),
    ("total_dependency_ratio", "p0_14_65plus", "p15_64", 100),
    ("old_age_dependency_ratio", "p65plus", "p15_64", 100),
    ("youth_dependency_ratio", "p0_14", "p15_64", 100),
    ("replacement_index", "p60_64", "p15_19", 100),
    ("structure_index", "p40_64", "p15_39", 100),
    ("child_woman_ratio", "p0_4", "f15_49", 100),
    ("mean_age", "age_sum", "p", 1),
    ("pct_65plus", "p65plus", "p", 100),
    ("pct_85plus", "p85plus", "p", 100),
    ("pct_minors", "p0_17", "p", 100),
]


def load(path):
    """ISTAT's file: a title line, a quoted header, ';' separated, a footnote line at the end."""
    df = pd.read_csv(path, sep=";", skiprows=1, dtype={"Codice comune": str}, encoding="utf-8")
    df = df.dropna(subset=["Totale"])  # the footnote has only its first field
    df = df.astype({"Età": "int64", "Totale maschi": "int64", "Totale femmine": "int64", "Totale": "int64"})
    return df[df["Età"] != 999]  # the per-comune total rows


def dashboard(df):
    """All indicators for every comune, every province and Italy: one row per territory."""
    total = df.pivot(index="Codice comune", columns="Età", values="Totale")
    females = df.pivot(index="Codice comune", columns="Età", values="Totale femmine")

    def band(lo, hi=100):
        return total.loc[:, lo:hi].sum(axis=1)

    counts = pd.DataFrame({
        "p0_14": band(0, 14),
        "p15_64": band(15, 64),
        "p65plus": band(65),
        "p60_64": band(60, 64),
        "p15_19": band(15, 19),
        "p40_64": band(40, 64),
        "p15_39": band(15, 39),
        "p0_4": band(0, 4),
        "f15_49": females.loc[:, 15:49].sum(axis=1),
        "p85plus": band(85),
        "p0_17": band(0, 17),
        "p": total.sum(axis=1),
        # età media: classes at age + 0.5, the 100+ class at 100.5
        "age_sum": (total * (total.columns.to_numpy() + 0.5)).sum(axis=1),
    })
    counts["p0_14_65plus"] = counts["p0_14"] + counts["p65plus"]
    provinces = counts.groupby(counts.index.str[:3]).sum()
    italy = counts.sum().to_frame("IT").T
    territories = pd.concat([counts, provinces, italy])

    values = pd.DataFrame(index=territories.index)
    for name, num, den, mult in INDICATORS:
        denominator = territories[den]
        values[name] = (territories[num] * mult) / denominator.where(denominator != 0)
    return values


def checksum(values):
    v = values.to_numpy(dtype="float64")
    defined = ~np.isnan(v)
    return int(np.floor(v[defined] * 1e6 + 0.5).astype(np.int64).sum()), int(defined.sum()), int((~defined).sum())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="one POSAS file, or several (a series of years)")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    args = parser.parse_args()

    def run():  # a series is what a researcher would write: the same dashboard, file by file
        return [dashboard(load(f)) for f in args.files]

    for _ in range(args.warmup):
        run()
    times = []
    years = None
    for _ in range(max(1, args.reps)):
        years = None  # the last result is garbage before the next run, as on the Java side
        start = time.perf_counter()
        years = run()
        times.append((time.perf_counter() - start) * 1000.0)
    total, defined, undefined = 0, 0, 0
    for values in years:
        t, d, u = checksum(values)
        total, defined, undefined = total + t, defined + d, undefined + u
    territories = sum(len(values) for values in years)
    print(f"pandas: territories={territories} values={defined} undefined={undefined} checksum={total}")
    print(f"pandas: load+dashboard best={min(times):.1f} ms median={sorted(times)[len(times) // 2]:.1f} ms"
          f" runs={len(times)} warmup={args.warmup} (pandas {pd.__version__}, numpy {np.__version__})")
    italy = years[-1].loc["IT"]
    print("pandas: Italy " + " ".join(f"{k}={italy[k]:.1f}" for k, *_ in INDICATORS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
