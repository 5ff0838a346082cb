import Crypto
import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// What the channels' webhooks share: the body read whole within the intake limit, a secret compared by its
/// hash (so the time taken says nothing of it), and an item taken in as the channel's user with what the
/// channel sent kept beside it byte for byte.
struct ChannelWebhook: Sendable {
    let store: AppealStore

    static func body(_ request: Request) async throws -> Data {
        do {
            return Data(try await request.body.collect(upTo: IntakeLimits.maxBodyBytes).readableBytesView)
        } catch {
            throw Problem.bodyTooLarge()
        }
    }

    static func same(_ sent: String, _ secret: String) -> Bool {
        Data(SHA256.hash(data: Data(sent.utf8))) == Data(SHA256.hash(data: Data(secret.utf8)))
    }

    /// The user the channel takes items in as (`setting` names where its login is configured).
    func user(_ login: String, setting: String) async throws -> User {
        guard let user = try await store.credentials(login: login)?.user else {
            throw Problem(.serviceUnavailable, type: "no-intake-user", title: "Нет пользователя для приёма", detail: "Нет пользователя «\(login)» (\(setting))")
        }
        return user
    }

    func takeIn(_ draft: AppealDraft, body: Data, request: Request, as user: User) async throws {
        let payload = RawPayload(contentType: request.headers[.contentType] ?? "application/json", body: body)
        _ = try await store.intake([draft], payloads: [payload], by: user)
    }
}
