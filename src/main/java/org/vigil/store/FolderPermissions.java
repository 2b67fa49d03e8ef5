package org.vigil.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder closed to every account but the one running Vigil: the folder 0700 and each
 * file in it 0600 (on Windows an ACL for the owner alone). Checked at every opening, because a
 * copy, an unpacked archive or a well-meant {@code chmod -R} can loosen it at any time, and H2
 * and the log create their files with whatever the umask allows.
 */
public final class FolderPermissions {

    private static final Logger log = LoggerFactory.getLogger(FolderPermissions.class);

    /**
     * The log's folder: the logger creates its rolled files with the umask between two starts,
     * and they are out of reach while the folder is owner-only, so only the folder is reported.
     */
    static final String LOGS_FOLDER = "logs";

    /** A folder or file that was open to other accounts, and how, before it was closed. */
    public record Loosened(Path path, String found) {}

    private FolderPermissions() {}

    /**
     * Closes the folder and everything in it to other accounts.
     *
     * @return what was found open to others (now closed), for the administrator's warning; empty
     *     when all was already private
     */
    public static List<Loosened> tighten(Path dataDir) {
        List<Loosened> found = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) {
            return found;
        }
        Path logs = dataDir.resolve(LOGS_FOLDER);
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : paths.toList()) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
                String open = openToOthers(path);
                if (open == null) {
                    continue;
                }
                PrivateFiles.restrictToOwner(path, folder);
                if (!path.startsWith(logs) || path.equals(logs)) {
                    found.add(new Loosened(path, open));
                }
            }
        } catch (IOException e) {
            // A file removed while walking (H2's lock or trace file) is not a reason to refuse the clinic.
            log.warn("Could not check every permission in {}", dataDir, e);
        }
        return found;
    }

    /** Closes files H2 has just created with the umask's permissions; nothing to report. */
    public static void closeNewFiles(Path dataDir) {
        tighten(dataDir);
    }

    /** How the path is open to others ("rwxr-xr-x", or the ACL's other principals), or null when it is not. */
    static String openToOthers(Path path) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            for (PosixFilePermission p : permissions) {
                if (p.name().startsWith("GROUP") || p.name().startsWith("OTHERS")) {
                    return PosixFilePermissions.toString(permissions);
                }
            }
            return null;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl == null) {
            return null;
        }
        UserPrincipal owner = Files.getOwner(path);
        List<String> others = acl.getAcl().stream().map(AclEntry::principal).filter(p -> !p.equals(owner)).map(UserPrincipal::getName)
                .distinct().toList();
        return others.isEmpty() ? null : "ACL: " + String.join(", ", others);
    }
}
