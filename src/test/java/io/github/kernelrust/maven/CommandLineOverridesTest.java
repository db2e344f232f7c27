package io.github.kernelrust.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class CommandLineOverridesTest {

    private static final Map<String, String> PROPERTIES = Map.of("cflags", "kernelRust.cflags", "rustflags",
            "kernelRust.rustflags", "finish", "kernelRust.finish", "targets", "kernelRust.targets");

    /** An execution's configuration as Maven merges it: the POM's elements over the descriptor's expressions. */
    private static Xpp3Dom merged(String pom) throws Exception {
        return Xpp3DomBuilder.build(new StringReader("<configuration>" + pom
                + "<targets implementation=\"java.util.List\">${kernelRust.targets}</targets></configuration>"));
    }

    private static Properties commandLine(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void theElementsOfAListInThePomWinOverTheCommandLineWithAWarningNamingBoth() throws Exception {
        Xpp3Dom config = merged("<cflags implementation=\"java.util.List\" default-value=\"-O2\">${kernelRust.cflags}"
                + "<cflag>-O2</cflag><cflag>-fno-delete-null-pointer-checks</cflag></cflags>");

        CommandLineOverrides.Resolution r = CommandLineOverrides.resolve(config, PROPERTIES,
                commandLine("kernelRust.cflags", "-O3"), v -> v);

        assertEquals(List.of("-O2", "-fno-delete-null-pointer-checks"), r.list("cflags", List.of("-O3")));
        assertEquals(1, r.warnings().size());
        String w = r.warnings().get(0);
        assertTrue(w.startsWith("-DkernelRust.cflags=-O3 is ignored: the POM sets <cflags> to [-O2,"
                + " -fno-delete-null-pointer-checks]"), w);
    }

    @Test
    void theCommaFormAndScalarsKeepThePomsValueAndWarnToo() throws Exception {
        Xpp3Dom config = merged("<rustflags>-O,-Cpanic=abort,-Dwarnings</rustflags><finish>kernel</finish>");

        CommandLineOverrides.Resolution r = CommandLineOverrides.resolve(config, PROPERTIES,
                commandLine("kernelRust.rustflags", "-O", "kernelRust.finish", "fast"), v -> v);

        assertEquals(Map.of(), r.lists());
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("-DkernelRust.finish=fast is ignored: the POM"
                + " sets <finish> to [kernel]")), r.warnings().toString());
    }

    @Test
    void aParameterThePomDoesNotSetTakesTheCommandLinesValueSilently() throws Exception {
        Xpp3Dom config = merged("<cflags implementation=\"java.util.List\" default-value=\"-O2\">${kernelRust.cflags}"
                + "</cflags>");

        CommandLineOverrides.Resolution r = CommandLineOverrides.resolve(config, PROPERTIES,
                commandLine("kernelRust.cflags", "-O3", "kernelRust.targets", "aarch64"), v -> v);

        assertEquals(List.of("-O3"), r.list("cflags", List.of("-O3")));
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void theSameValueOnBothSidesIsNoConflict() throws Exception {
        Xpp3Dom config = merged("<cflags>${kernelRust.cflags}<cflag>${opt}</cflag></cflags>");

        CommandLineOverrides.Resolution r = CommandLineOverrides.resolve(config, PROPERTIES,
                commandLine("kernelRust.cflags", "-O2"), v -> v.replace("${opt}", "-O2"));

        assertEquals(List.of("-O2"), r.list("cflags", List.of()));
        assertEquals(List.of(), r.warnings());
    }
}
