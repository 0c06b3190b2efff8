// socialplan's JShell startup: imports the library's API packages. Used by ./jshell.sh after JShell's DEFAULT
// startup (java.util.*, java.nio.file.*, java.math.* ...). Keep in step with the packages of lib-core,
// lib-indicators, lib-budget and lib-report: ReadmeJShellTest fails if an import here does not resolve.
// lib-indicators, lib-budget and lib-excel: ReadmeJShellTest fails if an import here does not resolve.
import io.github.socialplan.core.money.*;
import io.github.socialplan.core.number.*;
import io.github.socialplan.core.population.*;
import io.github.socialplan.core.territory.*;
import io.github.socialplan.core.service.*;
import io.github.socialplan.core.fund.*;
import io.github.socialplan.core.plan.*;
import io.github.socialplan.core.io.*;
import io.github.socialplan.core.json.*;
import io.github.socialplan.core.italy.*;
import io.github.socialplan.indicators.catalogue.*;
import io.github.socialplan.indicators.result.*;
import io.github.socialplan.indicators.demography.*;
import io.github.socialplan.indicators.spending.*;
import io.github.socialplan.indicators.coverage.*;
import io.github.socialplan.indicators.services.*;
import io.github.socialplan.indicators.workforce.*;
import io.github.socialplan.indicators.transfers.*;
import io.github.socialplan.indicators.deprivation.*;
import io.github.socialplan.indicators.dashboard.*;
import io.github.socialplan.indicators.export.*;
import io.github.socialplan.indicators.monitoring.*;
import io.github.socialplan.indicators.series.*;
import io.github.socialplan.budget.allocation.*;
import io.github.socialplan.budget.quota.*;
import io.github.socialplan.budget.balance.*;
import io.github.socialplan.budget.projection.*;
import io.github.socialplan.budget.transition.*;
import io.github.socialplan.budget.reallocation.*;
import io.github.socialplan.budget.copayment.*;
import io.github.socialplan.budget.export.*;
import io.github.socialplan.report.*;
import io.github.socialplan.report.chart.*;
import io.github.socialplan.report.html.*;
import io.github.socialplan.budget.json.*;
import io.github.socialplan.indicators.json.*;
import io.github.socialplan.budget.crosstab.*;
import io.github.socialplan.budget.execution.*;
import io.github.socialplan.excel.*;
import io.github.socialplan.excel.read.*;
import io.github.socialplan.excel.write.*;
