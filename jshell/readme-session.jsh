var posas = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(Path.of("data/reference/real/posas-2025-sample.csv"));
var abano = posas.get(IstatCode.parse("028001")).orElseThrow();
var oldAge = DemographicIndicators.oldAgeIndex(DemographicProfile.of(abano.population()));
System.out.println(abano.name() + ", 1 Jan " + abano.population().year() + ": old-age index " + oldAge.format());
posas.report().problems().forEach(System.out::println);
