import Foundation
import HTTPTypes
import Hummingbird
import OtklikCore

/// An RFC 9457 problem: every API error is one, with a Russian title and detail.
public struct Problem: Error, HTTPResponseError, Encodable, Sendable {
    public var status: HTTPResponse.Status
    public var type: String
    public var title: String
    public var detail: String?
    public var errors: [FieldError]?
    public var allowedActions: [String]?
    /// Seconds the client should wait before trying again (429), sent as `Retry-After`.
    public var retryAfter: Int?

    public init(
        _ status: HTTPResponse.Status, type: String, title: String, detail: String? = nil, errors: [FieldError]? = nil,
        allowedActions: [String]? = nil
    ) {
        self.status = status
        self.type = type
        self.title = title
        self.detail = detail
        self.errors = errors
        self.allowedActions = allowedActions
    }

    enum CodingKeys: String, CodingKey {
        case type, title, status, detail, errors, allowedActions
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("/problems/\(type)", forKey: .type)
        try container.encode(title, forKey: .title)
        try container.encode(Int(status.code), forKey: .status)
        try container.encodeIfPresent(detail, forKey: .detail)
        try container.encodeIfPresent(errors, forKey: .errors)
        try container.encodeIfPresent(allowedActions, forKey: .allowedActions)
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONCoding.encoder().encode(self)
        var headers: HTTPFields = [.contentType: "application/problem+json; charset=utf-8"]
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func malformed(_ detail: String) -> Problem {
        Problem(.badRequest, type: "malformed", title: "Некорректный запрос", detail: detail)
    }

    static func invalid(_ errors: [FieldError]) -> Problem {
        Problem(.unprocessableContent, type: "invalid", title: "Данные не прошли проверку", detail: errors.first?.message, errors: errors)
    }

    static func unauthorized(_ detail: String = "Требуется вход: передайте токен в заголовке Authorization: Bearer") -> Problem {
        Problem(.unauthorized, type: "unauthorized", title: "Требуется вход", detail: detail)
    }

    static func forbidden(_ detail: String) -> Problem {
        Problem(.forbidden, type: "forbidden", title: "Недостаточно прав", detail: detail)
    }

    static func notFound(_ detail: String = "Такого обращения нет или оно вам недоступно") -> Problem {
        Problem(.notFound, type: "not-found", title: "Не найдено", detail: detail)
    }

    static func tooLarge(_ detail: String) -> Problem {
        Problem(.contentTooLarge, type: "too-large", title: "Слишком большой запрос", detail: detail)
    }

    static func tooManyRequests(_ detail: String, retryAfter: Int) -> Problem {
        var problem = Problem(.tooManyRequests, type: "too-many-requests", title: "Слишком много запросов", detail: detail)
        problem.retryAfter = retryAfter
        return problem
    }

    static func bodyTooLarge() -> Problem {
        .tooLarge("Тело запроса больше \(IntakeLimits.maxBodyBytes) байт")
    }
}
