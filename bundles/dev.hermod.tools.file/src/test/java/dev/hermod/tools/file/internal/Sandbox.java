package dev.hermod.tools.file.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fake world inside a temporary folder: a user home ({@code home/}), a Hermod home
 * ({@code home/.hermod}) and a project the agent works in ({@code work/project}).
 */
final class Sandbox {

    final Path userHome;
    final Path hermodHome;
    final Path project;
    final TestContext context;

    Sandbox(Path temp) throws IOException {
        userHome = Files.createDirectories(temp.resolve("home")).toRealPath();
        hermodHome = Files.createDirectories(userHome.resolve(".hermod"));
        project = Files.createDirectories(temp.resolve("work/project")).toRealPath();
        context = new TestContext(project, hermodHome);
    }

    FileAccessPolicy policy(FileToolsConfig config) {
        return new FileAccessPolicy(config, userHome);
    }

    FileAccessPolicy policy() {
        return policy(TestConfig.defaults());
    }

    Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
