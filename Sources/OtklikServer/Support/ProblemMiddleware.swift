import Hummingbird
import Logging
import OtklikCore
import OtklikStore

/// Turns every error that leaves a handler into a problem+json response, so a client never sees
/// a bare status or a stack trace, and the server never dies on input.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = OtklikRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            throw Self.problem(for: error, logger: context.logger)
        }
    }

    /// The problem an error means to a user; an error nobody expected is logged and shown as an internal one.
    static func problem(for error: any Error, logger: Logger) -> Problem {
        switch error {
        case let problem as Problem: return problem
        case let error as StoreError: return problem(for: error)
        case let error as WorkflowError: return problem(for: error)
        case let error as HTTPResponseError: return problem(status: error.status)
        default:
            logger.error("Unhandled error", metadata: ["error": "\(String(reflecting: error))"])
            return Problem(.internalServerError, type: "internal", title: "Внутренняя ошибка сервера", detail: "Запрос не выполнен, ничего не записано")
        }
    }

    static func problem(for error: StoreError) -> Problem {
        switch error {
        case .notFound: .notFound()
        case .invalid(let errors): .invalid(errors)
        case .duplicateLogin(let login): .invalid([FieldError(field: "login", message: "Логин «\(login)» уже занят")])
        case .badDatabaseURL: Problem(.internalServerError, type: "internal", title: "Внутренняя ошибка сервера")
        case .workflow(let error): problem(for: error)
        }
    }

    static func problem(for error: WorkflowError) -> Problem {
        switch error {
        case .outOfScope:
            return .notFound()
        case .roleNotPermitted(let action, let role):
            return .forbidden("Роль «\(role.title)» не может выполнять действие «\(action.title)»")
        case .illegalTransition(let action, let status, let allowed):
            let list = allowed.isEmpty ? "никакие действия сейчас недоступны" : "доступно: " + allowed.map(\.rawValue).joined(separator: ", ")
            return Problem(
                .conflict, type: "illegal-transition", title: "Действие недоступно в текущем статусе",
                detail: "«\(action.title)» нельзя выполнить в статусе «\(status.title)»; \(list)",
                allowedActions: allowed.map(\.rawValue)
            )
        case .versionConflict:
            return Problem(
                .conflict, type: "version-conflict", title: "Обращение уже изменено",
                detail: "Обращение изменил другой пользователь; обновите карточку и повторите действие"
            )
        case .invalidInput(let errors):
            return .invalid(errors)
        }
    }

    static func problem(status: HTTPResponse.Status) -> Problem {
        switch status {
        case .notFound: .notFound("Нет такого адреса")
        case .methodNotAllowed: Problem(.methodNotAllowed, type: "method-not-allowed", title: "Метод не поддерживается")
        case .contentTooLarge: .bodyTooLarge()
        case .unauthorized: .unauthorized()
        default:
            Problem(status, type: "http-\(status.code)", title: status.code < 500 ? "Некорректный запрос" : "Внутренняя ошибка сервера")
        }
    }
}
