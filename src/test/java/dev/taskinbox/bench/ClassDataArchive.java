package dev.taskinbox.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;

/**
 * The class-data archive the packaged app ships (packaging/cds.sh), made here for the test
 * classpath so the benchmark can start the app as installed. The JVM archives classes from jars
 * only, so the compiled classes are jarred first; the class list comes from one start-up run.
 */
public final class ClassDataArchive {
    private final List<String> classpath;
    private final Path archive;

    private ClassDataArchive(List<String> classpath, Path archive) {
        this.classpath = classpath;
        this.archive = archive;
    }

    /** The classpath (jars only) the archive was made for; the JVM ignores the archive on any other. */
    public String classpath() {
        return String.join(File.pathSeparator, classpath);
    }

    /** The options that map the archive at start-up. */
    public List<String> jvmOptions() {
        return List.of("-XX:SharedArchiveFile=" + archive);
    }

    /**
     * Jars this JVM's class directories into {@code work}, then runs {@code listRun} (a command
     * given the classpath and the option that writes the class list) and dumps the archive.
     */
    public static ClassDataArchive make(Path work, Runner listRun) throws Exception {
        List<String> jars = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = work.resolve("classes-" + n++ + ".jar");
                jar(jar, path);
                jars.add(jar.toString());
            } else {
                jars.add(entry);
            }
        }
        ClassDataArchive made = new ClassDataArchive(jars, work.resolve("app.jsa"));
        Path list = work.resolve("classes.lst");
        listRun.run(made.classpath(), "-XX:DumpLoadedClassList=" + list);
        Process dump = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:dump", "-XX:+UseSerialGC", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + made.archive, "-cp", made.classpath())
                .redirectErrorStream(true).redirectOutput(work.resolve("dump.log").toFile()).start();
        if (dump.waitFor() != 0 || !Files.exists(made.archive)) {
            throw new IllegalStateException("no class-data archive; see " + work.resolve("dump.log"));
        }
        return made;
    }

    private static void jar(Path jar, Path directory) {
        ToolProvider tool = ToolProvider.findFirst("jar").orElseThrow();
        int status = tool.run(new PrintStream(PrintStream.nullOutputStream()), System.err,
                "--create", "--file", jar.toString(), "-C", directory.toString(), ".");
        if (status != 0) {
            throw new IllegalStateException("jar failed for " + directory);
        }
    }

    /** Starts the app once with the given classpath and extra JVM option. */
    @FunctionalInterface
    public interface Runner {
        void run(String classpath, String jvmOption) throws Exception;
    }
}
