import Foundation
import HummingbirdBcrypt
import NIOPosix
import OtklikCore
import OtklikStore

/// Creating users and changing passwords with bcrypt hashes; the one place a password is hashed.
public enum Accounts {
    public static let minimumPasswordLength = 8

    public static func add(_ user: User, password: String, cost: UInt8, to store: AppealStore, by actor: String = AppealStore.systemActor) async throws {
        var errors: [FieldError] = []
        if password.count < minimumPasswordLength {
            errors.append(FieldError(field: "password", message: "Пароль не короче \(minimumPasswordLength) символов"))
        }
        if user.login.isEmpty || user.login.count > 100 || user.login.contains(where: \.isWhitespace) {
            errors.append(FieldError(field: "login", message: "Логин: от 1 до 100 символов без пробелов"))
        }
        errors += userErrors(user, references: try await store.references())
        guard errors.isEmpty else { throw StoreError.invalid(errors) }
        let hash = try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
        try await store.add(user: user, passwordHash: hash, by: actor)
    }

    /// Changes a user's name, role, body, blocks and e-mail (the login stays); the same checks as for a new user.
    public static func update(_ user: User, in store: AppealStore, by actor: String = AppealStore.systemActor) async throws {
        var errors = userErrors(user, references: try await store.references())
        if user.name.trimmingCharacters(in: .whitespaces).isEmpty { errors.append(FieldError(field: "name", message: "Укажите имя")) }
        guard errors.isEmpty else { throw StoreError.invalid(errors) }
        try await store.update(user: user, by: actor)
    }

    /// What a role needs (an executor a body, a block's head or responsible the blocks) and a well-formed e-mail.
    static func userErrors(_ user: User, references: ReferenceData) -> [FieldError] {
        var errors: [FieldError] = []
        if let email = user.email, !AppealDraftValidator.looksLikeEmail(email) {
            errors.append(FieldError(field: "email", message: "Неверный адрес электронной почты"))
        }
        if user.role == .executor {
            if let body = user.bodyId {
                if !references.bodyIds.contains(body) { errors.append(FieldError(field: "body", message: "Нет органа с кодом «\(body)»")) }
            } else {
                errors.append(FieldError(field: "body", message: "Исполнителю нужен орган (--body)"))
            }
        }
        if [.blockHead, .blockResponsible].contains(user.role) {
            if user.blockIds.isEmpty { errors.append(FieldError(field: "blocks", message: "Укажите отраслевые блоки (--blocks)")) }
            for block in user.blockIds where references.rubricator.block(block) == nil {
                errors.append(FieldError(field: "blocks", message: "Нет отраслевого блока с кодом «\(block)»"))
            }
        }
        return errors
    }

    /// The user whose login and password these are; nil for a wrong pair (bcrypt runs off the event loops).
    public static func verify(login: String, password: String, in store: AppealStore) async throws -> User? {
        let stored = try await store.credentials(login: login)
        let valid = try await NIOThreadPool.singleton.runIfActive {
            stored.map { Bcrypt.verify(password, hash: $0.passwordHash) } ?? false
        }
        return valid ? stored?.user : nil
    }

    /// Sets a new password (already checked for length) and ends the user's other sessions.
    public static func changePassword(of user: User, to password: String, cost: UInt8, keeping tokenHash: String?, in store: AppealStore) async throws {
        let hash = try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
        try await store.changePassword(userId: user.id, passwordHash: hash, keeping: tokenHash)
    }
}
