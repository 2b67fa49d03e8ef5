package org.vigil.service;

import java.time.Clock;
import org.vigil.store.Database;
import org.vigil.store.ResetCodeStore;
import org.vigil.store.SettingStore;
import org.vigil.store.UserStore;

/**
 * What the account services share: the accounts and their one-time codes, the password rules
 * (settings and credentials), the audit and the clock. Logging in ({@link Accounts}) and
 * administering accounts ({@link UserAdministration}) work on the same records.
 */
final class AccountContext {

    final Database database;
    final UserStore users;
    final ResetCodeStore resetCodes;
    final SettingStore settings;
    final Credentials credentials;
    final AuditWriter audit;
    final Clock clock;

    AccountContext(Database database, UserStore users, ResetCodeStore resetCodes, SettingStore settings, Credentials credentials,
                   AuditWriter audit, Clock clock) {
        this.database = database;
        this.users = users;
        this.resetCodes = resetCodes;
        this.settings = settings;
        this.credentials = credentials;
        this.audit = audit;
        this.clock = clock;
    }
}
