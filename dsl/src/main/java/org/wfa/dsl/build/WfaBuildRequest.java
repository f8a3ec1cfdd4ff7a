package org.wfa.dsl.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.wfa.dsl.compiler.WfaFailOn;

/**
 * What a build is asked for, whoever asks: {@code wfa build} and the Maven plugin's
 * {@code generate} goal each translate their options into one.
 *
 * @param paths        .wfa files and folders, compiled as one workspace
 * @param targets      what to generate (the ids a user gives read by {@link WfaTarget#parse})
 * @param failOn       the least severe finding that stops the build before anything is generated
 * @param outputFolder where each target writes its folder, and the build its manifest
 * @param tool         the front end and its version as the manifest records them ({@link WfaBuild#identity})
 */
public record WfaBuildRequest(
        List<Path> paths, Set<WfaTarget> targets, WfaFailOn failOn, Path outputFolder, String tool) {}
