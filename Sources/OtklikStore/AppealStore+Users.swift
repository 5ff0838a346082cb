import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Adds a user with an already hashed password; a taken login is refused.
    public func add(user: User, passwordHash: String, by actor: String = systemActor, at now: Date = Timestamp.now()) async throws {
        let blocks = String(decoding: try JSONCoding.encoder().encode(user.blockIds), as: UTF8.self)
        try await backend.write { db in
            if try await db.raw("SELECT id FROM users WHERE login = \(bind: user.login)").first() != nil {
                throw StoreError.duplicateLogin(user.login)
            }
            try await Self.recordChange(.user, id: user.id, before: User?.none, after: user, by: actor, at: now, in: db)
            try await db.raw(
                """
                INSERT INTO users (id, login, name, role, body_id, block_ids, email, password_hash, created_at)
                VALUES (\(bind: user.id), \(bind: user.login), \(bind: user.name), \(bind: user.role.rawValue), \(bind: user.bodyId),
                  \(bind: blocks), \(bind: user.email), \(bind: passwordHash), \(bind: Timestamp.millis(now)))
                """
            ).run()
        }
    }

    /// The user and stored password hash for a login.
    public func credentials(login: String) async throws -> (user: User, passwordHash: String)? {
        try await backend.read { db in
            guard let row = try await db.raw("SELECT * FROM users WHERE login = \(bind: login) AND blocked_at IS NULL").first() else { return nil }
            return (try Self.decodeUser(row), try row.decode(column: "password_hash", as: String.self))
        }
    }

    public func users() async throws -> [User] {
        try await backend.read { db in try await db.raw("SELECT * FROM users ORDER BY login").all().map(Self.decodeUser) }
    }

    /// Every user with whether the account is blocked, for the administrator's directory.
    public func accounts() async throws -> [(user: User, blocked: Bool)] {
        try await backend.read { db in
            try await db.raw("SELECT * FROM users ORDER BY login").all().map { row in
                (try Self.decodeUser(row), try row.decode(column: "blocked_at", as: Int64?.self) != nil)
            }
        }
    }

    /// Changes the name, role, body, blocks and e-mail of a user (not the login or the password).
    public func update(user: User, by actor: String = systemActor, at now: Date = Timestamp.now()) async throws {
        let blocks = String(decoding: try JSONCoding.encoder().encode(user.blockIds), as: UTF8.self)
        try await writeAccounts { db in
            let before = try await db.raw("SELECT * FROM users WHERE id = \(bind: user.id)").first().map(Self.decodeUser)
            try await Self.recordChange(.user, id: user.id, before: before, after: user, by: actor, at: now, in: db)
            let rows = try await db.raw(
                """
                UPDATE users SET name = \(bind: user.name), role = \(bind: user.role.rawValue), body_id = \(bind: user.bodyId),
                  block_ids = \(bind: blocks), email = \(bind: user.email) WHERE id = \(bind: user.id) RETURNING id
                """
            ).all()
            guard rows.count == 1 else { throw StoreError.notFound }
        }
    }

    /// Blocks a user (no login, every session ended at once) or lets them in again.
    public func setBlocked(userId: String, _ blocked: Bool, by actor: String = systemActor, at now: Date = Timestamp.now()) async throws {
        try await writeAccounts { db in
            if let row = try await db.raw("SELECT blocked_at FROM users WHERE id = \(bind: userId)").first() {
                let was = try row.decode(column: "blocked_at", as: Int64?.self) != nil
                try await Self.recordChange(.user, id: userId, before: ["blocked": was], after: ["blocked": blocked], by: actor, at: now, in: db)
            }
            let rows = try await db.raw(
                "UPDATE users SET blocked_at = \(bind: blocked ? Timestamp.millis(now) : nil) WHERE id = \(bind: userId) RETURNING id"
            ).all()
            guard rows.count == 1 else { throw StoreError.notFound }
            if blocked { try await db.raw("DELETE FROM tokens WHERE user_id = \(bind: userId)").run() }
        }
    }

    public func saveToken(hash: String, userId: String, expiresAt: Date) async throws {
        try await backend.write { db in
            try await db.raw(
                "INSERT INTO tokens (token_hash, user_id, expires_at) VALUES (\(bind: hash), \(bind: userId), \(bind: Timestamp.millis(expiresAt)))"
            ).run()
        }
    }

    /// The user a live token belongs to.
    public func user(tokenHash: String, at now: Date = Timestamp.now()) async throws -> User? {
        let (cached, generation) = sessions.user(tokenHash: tokenHash, at: now)
        if let cached { return cached }
        let found = try await backend.read { db in
            try await db.raw(
                """
                SELECT users.*, tokens.expires_at AS token_expires_at FROM tokens JOIN users ON users.id = tokens.user_id
                WHERE tokens.token_hash = \(bind: tokenHash) AND tokens.expires_at > \(bind: Timestamp.millis(now)) AND users.blocked_at IS NULL
                """
            ).first().map { row in
                (user: try Self.decodeUser(row), expiresAt: Timestamp.date(millis: try row.decode(column: "token_expires_at", as: Int64.self)))
            }
        }
        guard let found else { return nil }
        sessions.remember(found.user, tokenHash: tokenHash, expiresAt: found.expiresAt, checkedAt: now, generation: generation)
        return found.user
    }

    /// How long a looked-up session is trusted without reading the database again; 0: read it for every request.
    public func setSessionCacheLifetime(_ lifetime: TimeInterval) {
        sessions.setLifetime(lifetime)
    }

    /// Writes a change of users or tokens; the sessions looked up before it are forgotten, whatever its outcome.
    func writeAccounts<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        defer { sessions.forgetAll() }
        return try await backend.write(body)
    }

    /// Replaces a user's password hash and ends every session of the user but `keeping` (the one that changed it).
    public func changePassword(userId: String, passwordHash: String, keeping tokenHash: String?) async throws {
        try await writeAccounts { db in
            try await db.raw("UPDATE users SET password_hash = \(bind: passwordHash) WHERE id = \(bind: userId)").run()
            try await db.raw("DELETE FROM tokens WHERE user_id = \(bind: userId) AND token_hash <> \(bind: tokenHash ?? "")").run()
        }
    }

    /// Ends one session (logout).
    public func deleteToken(hash: String) async throws {
        try await writeAccounts { db in try await db.raw("DELETE FROM tokens WHERE token_hash = \(bind: hash)").run() }
    }

    static func decodeUser(_ row: any SQLRow) throws -> User {
        User(
            id: try row.decode(column: "id", as: String.self), login: try row.decode(column: "login", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            role: Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .observer,
            bodyId: try row.decode(column: "body_id", as: String?.self),
            blockIds: try JSONCoding.decoder().decode([String].self, from: Data(try row.decode(column: "block_ids", as: String.self).utf8)),
            email: try row.decode(column: "email", as: String?.self)
        )
    }
}
