package vn.election.images;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The file system a container sees: the image's layers applied in order, a later entry replacing an earlier
 * one at the same path. Paths are absolute ("/usr/bin/java"); symbolic links are followed the way the kernel
 * would inside the container, against this tree and never against the build machine's.
 */
final class FileTree {

    enum Type {
        FILE,
        DIRECTORY,
        SYMLINK,
        OTHER
    }

    /** One path of the tree; content is kept only for the paths asked for when reading (small text files). */
    record Node(Type type, int mode, String linkTarget, byte[] content) {

        boolean isExecutableByAnyone() {
            return (mode & 0111) == 0111;
        }

        boolean isReadableByAnyone() {
            return (mode & 0444) == 0444;
        }
    }

    /** A chain of links longer than this is a loop (the kernel's limit is 40 as well). */
    private static final int MAX_LINKS = 40;

    private final Map<String, Node> nodes = new HashMap<>();

    void put(String path, Node node) {
        nodes.put(normalize(path), node);
    }

    Optional<Node> get(String path) {
        return Optional.ofNullable(nodes.get(normalize(path)));
    }

    /** Whether any path lies below the directory (its own entry aside). */
    boolean hasFilesUnder(String directory) {
        String prefix = normalize(directory) + "/";
        return nodes.keySet().stream().anyMatch(p -> p.startsWith(prefix));
    }

    /** The path with every symbolic link in it followed, if each step exists in the tree. */
    Optional<String> realPath(String path) {
        Deque<String> remaining =
                new ArrayDeque<>(List.of(normalize(path).substring(1).split("/")));
        String current = "";
        int links = 0;
        while (!remaining.isEmpty()) {
            String part = remaining.pop();
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                current = current.isEmpty() ? "" : current.substring(0, current.lastIndexOf('/'));
                continue;
            }
            Node node = nodes.get(current + "/" + part);
            if (node == null) {
                return Optional.empty();
            }
            if (node.type() != Type.SYMLINK) {
                current = current + "/" + part;
                continue;
            }
            if (++links > MAX_LINKS) {
                return Optional.empty();
            }
            String target = node.linkTarget();
            List<String> targetParts = List.of(target.split("/"));
            for (int i = targetParts.size() - 1; i >= 0; i--) {
                remaining.push(targetParts.get(i));
            }
            if (target.startsWith("/")) {
                current = "";
            }
        }
        return Optional.of(current.isEmpty() ? "/" : current);
    }

    /** What the path leads to once its links are followed. */
    Optional<Node> resolve(String path) {
        return realPath(path).map(nodes::get);
    }

    /** Where a command name of an entrypoint is found: itself if absolute, else the first hit on PATH. */
    Optional<String> which(String command, String searchPath) {
        if (command.startsWith("/")) {
            return resolve(command).isPresent() ? realPath(command) : Optional.empty();
        }
        for (String directory : searchPath.split(":")) {
            Optional<String> found =
                    realPath(directory + "/" + command).filter(p -> nodes.get(p).type() == Type.FILE);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** "./usr/bin/" and "usr/bin" are both "/usr/bin"; the root is "/". */
    static String normalize(String path) {
        String p = path.startsWith("./") ? path.substring(1) : path;
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
