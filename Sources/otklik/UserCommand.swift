import ArgumentParser
import Foundation
import OtklikCore
import OtklikServer
import OtklikStore

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Пользователи.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Добавить пользователя.")

        @Option var login: String
        @Option var password: String
        @Option(help: "Роль: \(Role.allCases.map(\.rawValue).joined(separator: ", "))") var role: String
        @Option(help: "ФИО (по умолчанию — логин)") var name: String?
        @Option(help: "Код органа (для исполнителя)") var body: String?
        @Option(help: "Коды отраслевых блоков через запятую (для блоков)") var blocks: String?
        @Option(help: "Электронная почта для уведомлений о сроках") var email: String?
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            guard let role = Role(rawValue: role) else {
                throw ValidationError("Неизвестная роль «\(role)»; допустимы: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let configuration = ServerConfiguration()
            let store = try await database.open(configuration)
            let user = User(
                id: UUID().uuidString.lowercased(), login: login, name: name ?? login, role: role, bodyId: body,
                blockIds: blocks.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } } ?? [], email: email
            )
            do {
                try await Accounts.add(user, password: password, cost: configuration.bcryptCost, to: store)
            } catch let StoreError.invalid(errors) {
                try await store.close()
                throw ValidationError(errors.map { "\($0.field): \($0.message)" }.joined(separator: "; "))
            } catch StoreError.duplicateLogin(let login) {
                try await store.close()
                throw ValidationError("Логин «\(login)» уже занят")
            }
            Console.line("Пользователь \(login) (\(role.title)) добавлен.")
            try await store.close()
        }
    }
}
