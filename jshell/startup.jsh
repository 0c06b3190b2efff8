// socialplan's JShell startup: imports the library's API packages. Used by ./jshell.sh after JShell's DEFAULT
// startup (java.util.*, java.nio.file.*, java.math.* ...). Keep in step with the packages of lib-core,
// lib-indicators and lib-budget: ReadmeJShellTest fails if an import here does not resolve.
import io.github.socialplan.core.money.*;
import io.github.socialplan.core.population.*;
import io.github.socialplan.core.territory.*;
import io.github.socialplan.core.service.*;
import io.github.socialplan.core.fund.*;
import io.github.socialplan.core.plan.*;
import io.github.socialplan.core.io.*;
