package io.github.kernelrust.maven;

import io.github.kernelrust.core.build.ExportTable;
import io.github.kernelrust.core.toolchain.Target;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the export tables {@code exports_NAME_generated.h} from each final object with nm,
 * selecting symbols exactly as the kernel's {@code nm -p --defined-only | awk} pipeline does;
 * in out-of-line mode also {@code exports_helpers_generated.h}.
 */
@Mojo(name = "exports", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class ExportsMojo extends AbstractCratesMojo {

    /**
     * One line per exported symbol in the export tables, printf-style: {@code %s} is the symbol,
     * {@code \n} a line break.
     */
    @Parameter(property = "kernelRust.exportFormat", defaultValue = ExportTable.DEFAULT_FORMAT)
    String exportFormat;

    @Override
    String goal() {
        return "exports";
    }

    @Override
    void run(Target t) {
        pipeline(t).exports(exportFormat);
    }
}
