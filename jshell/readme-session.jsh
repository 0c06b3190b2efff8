var posas = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(Path.of("data/reference/real/posas-2025-sample.csv"));
var abano = posas.get(IstatCode.parse("028001")).orElseThrow().population();
long elderly = abano.count(AgeBand.atLeast(65)), young = abano.count(AgeBand.of(0, 14));
System.out.printf(Locale.ROOT, "Abano Terme, 1 Jan %d: old-age index %.1f%n", abano.year(), 100.0 * elderly / young);
posas.report().problems().forEach(System.out::println);
