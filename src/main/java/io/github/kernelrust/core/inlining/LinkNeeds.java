package io.github.kernelrust.core.inlining;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a final link of each object still needs: the symbols it leaves undefined that nothing the
 * build made defines (the other crates' objects, the helper objects, {@code core} built from
 * source), such as CPython's {@code _Py_Dealloc} that an inlined helper calls. Symbols that rustc's
 * own prebuilt libraries define are counted apart. Read from plain {@code nm} output, LLVM's or GNU's.
 *
 * @param byObject         object file name -> the symbols it needs from outside the build, sorted
 * @param fromRustLibraries object file name -> how many of its symbols rustc's prebuilt libraries define
 * @param rustLibraries    those libraries, when an object needs one of their symbols
 * @param linkFlags        what {@code pkg-config --libs} gave for the {@code pkgConfig} packages
 */
public record LinkNeeds(Map<String, List<String>> byObject, Map<String, Integer> fromRustLibraries,
        List<String> rustLibraries, List<String> linkFlags) {

    public static final LinkNeeds NONE = new LinkNeeds(Map.of(), Map.of(), List.of(), List.of());
    private static final Pattern SYMBOL = Pattern.compile("(?m)^(?:[0-9a-fA-F]+)?\\s+([A-Za-z?-]) (\\S+)\\s*$");

    public LinkNeeds {
        byObject = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byObject));
        fromRustLibraries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fromRustLibraries));
        rustLibraries = List.copyOf(rustLibraries);
        linkFlags = List.copyOf(linkFlags);
    }

    /**
     * @param finalObjects   object file name -> its nm output, in report order
     * @param otherObjects   the nm output of every other object the build made (helpers, core)
     * @param rustLibrarySymbols what rustc's prebuilt libraries define (empty when core is built)
     */
    public static LinkNeeds of(Map<String, String> finalObjects, Collection<String> otherObjects,
            Set<String> rustLibrarySymbols, List<String> rustLibraries, List<String> linkFlags) {
        Set<String> built = new TreeSet<>();
        finalObjects.values().forEach(nm -> built.addAll(defined(nm)));
        otherObjects.forEach(nm -> built.addAll(defined(nm)));
        Map<String, List<String>> needs = new LinkedHashMap<>();
        Map<String, Integer> fromRust = new LinkedHashMap<>();
        finalObjects.forEach((object, nm) -> {
            List<String> outside = new ArrayList<>();
            int rust = 0;
            for (String u : undefined(nm)) {
                if (built.contains(u)) {
                    continue;
                }
                if (rustLibrarySymbols.contains(u)) {
                    rust++;
                } else {
                    outside.add(u);
                }
            }
            needs.put(object, outside);
            fromRust.put(object, rust);
        });
        boolean rustNeeded = fromRust.values().stream().anyMatch(n -> n > 0);
        return new LinkNeeds(needs, fromRust, rustNeeded ? rustLibraries : List.of(), linkFlags);
    }

    /** The symbols an nm listing defines globally (types in capitals but {@code U}: T, D, B, R, W, V...). */
    public static Set<String> defined(String nmOutput) {
        Set<String> names = new TreeSet<>();
        Matcher m = SYMBOL.matcher(nmOutput);
        while (m.find()) {
            char type = m.group(1).charAt(0);
            if (Character.isUpperCase(type) && type != 'U') {
                names.add(m.group(2));
            }
        }
        return names;
    }

    /** The symbols an nm listing needs ({@code U}; a weak {@code w} may stay undefined), sorted. */
    public static Set<String> undefined(String nmOutput) {
        Set<String> names = new TreeSet<>();
        Matcher m = SYMBOL.matcher(nmOutput);
        while (m.find()) {
            if (m.group(1).equals("U")) {
                names.add(m.group(2));
            }
        }
        return names;
    }

    /** Whether any object needs a symbol from outside the build, or link flags were given. */
    public boolean isEmpty() {
        return byObject.values().stream().allMatch(List::isEmpty) && linkFlags.isEmpty()
                && fromRustLibraries.values().stream().allMatch(n -> n == 0);
    }
}
