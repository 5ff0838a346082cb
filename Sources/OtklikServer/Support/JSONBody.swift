import Foundation
import Hummingbird
import OtklikCore

/// Reading JSON request bodies and writing JSON responses with the project's one encoding.
enum JSONBody {
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: OtklikRequestContext) async throws -> T {
        guard let value = try await decodeIfPresent(type, from: request, context: context) else {
            throw Problem.malformed("Пустое тело запроса: ожидается JSON")
        }
        return value
    }

    /// Like `decode`, but an empty body is nil rather than an error.
    static func decodeIfPresent<T: Decodable>(_ type: T.Type, from request: Request, context: OtklikRequestContext) async throws -> T? {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: IntakeLimits.maxBodyBytes)
        } catch {
            throw Problem.bodyTooLarge()
        }
        let data = Data(buffer.readableBytesView)
        if data.isEmpty { return nil }
        do {
            return try JSONCoding.decoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw describe(error)
        } catch {
            throw Problem.malformed("Тело запроса не является корректным JSON")
        }
    }

    /// Malformed JSON is 400; a well-formed document with a wrong or missing field is 422 naming the field.
    static func describe(_ error: DecodingError) -> Problem {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "/")
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return .malformed("Тело запроса не является корректным JSON")
        case .dataCorrupted(let context):
            return .invalid([FieldError(field: path(context.codingPath), message: "Недопустимое значение: \(context.debugDescription)")])
        case .keyNotFound(let key, let context):
            return .invalid([FieldError(field: path(context.codingPath + [key]), message: "Обязательное поле не заполнено")])
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let field = path(context.codingPath)
            return .invalid([FieldError(field: field.isEmpty ? "/" : field, message: "Неверный тип значения")])
        @unknown default:
            return .malformed("Тело запроса не удалось разобрать")
        }
    }

    /// The value as `JSONCoding.encoder()` would write it, by `CanonicalJSON`: a list page or an intake's
    /// answer is written at a fraction of Foundation's cost (its 201 took a twelfth of a single POST's time).
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        response(bytes: try CanonicalJSON.bytes(value), status: status)
    }

    static func response(bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }
}
