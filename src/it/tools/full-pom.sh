#!/usr/bin/env bash
# Writes an IT POM that binds every goal of the plugin to its default phase.
# Usage: full-pom.sh ARTIFACT_ID 'CONFIGURATION XML' > pom.xml   (a developer tool, not run by the build)
cat <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>it</groupId>
  <artifactId>$1</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.kernelrust</groupId>
        <artifactId>kernel-rust-maven-plugin</artifactId>
        <version>@project.version@</version>
        <executions>
          <execution>
            <goals>
              <goal>detect-toolchain</goal>
              <goal>generate-helper-header</goal>
              <goal>generate-bindings</goal>
              <goal>compile-helpers</goal>
              <goal>compile-crates</goal>
              <goal>link-helpers</goal>
              <goal>exports</goal>
              <goal>verify-inlining</goal>
            </goals>
          </execution>
        </executions>
        <configuration>$2
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
