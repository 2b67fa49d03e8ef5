package org.vigil.service;

import java.nio.file.Path;

/**
 * A folder or file of the data folder that Vigil found open to other accounts at start and closed
 * (owner only): shown to the administrator and recorded once in the audit trail, because someone
 * or something loosened it and may have read the clinic's files meanwhile.
 *
 * @param found how it was open: POSIX permissions such as "rw-r--r--", or the ACL's other principals
 */
public record TightenedPermission(Path path, String found) {}
