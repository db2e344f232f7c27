package io.github.kernelrust.core.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Crates that this module's crates may depend on besides its own: those of the kernel-rust zips of
 * its Maven dependencies, unpacked. rustc gets {@code --extern NAME=libNAME.rmeta} for each one a
 * crate names in its {@code deps}, and {@code -L dependency=FOLDER} for every unpacked folder (where
 * the crates they depend on are).
 *
 * @param metadata {@code libNAME.rmeta} by crate name
 * @param folders  the unpacked folders, in dependency order
 */
public record ExternalCrates(Map<String, Path> metadata, List<Path> folders) {
    public static final ExternalCrates NONE = new ExternalCrates(Map.of(), List.of());

    public ExternalCrates {
        metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
        folders = List.copyOf(folders);
    }

    public Optional<Path> metadata(String crate) {
        return Optional.ofNullable(metadata.get(crate));
    }

    public boolean isEmpty() {
        return metadata.isEmpty() && folders.isEmpty();
    }
}
