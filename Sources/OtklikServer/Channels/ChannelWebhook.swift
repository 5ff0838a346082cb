import Crypto
import Foundation
import Hummingbird
import Logging
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

    @discardableResult
    func takeIn(_ draft: AppealDraft, body: Data, request: Request, as user: User) async throws -> IntakeResult {
        let payload = RawPayload(contentType: request.headers[.contentType] ?? "application/json", body: body)
        return try await store.intake([draft], payloads: [payload], by: user)[0]
    }

    /// Fetches the files a message carries and keeps them with its item, each once by its SHA-256. A file the
    /// channel will never give (gone, too large) is logged and stays a reference in the kept payload; a failure
    /// that may pass is a 503, so the channel sends the event again: its item is kept already and is not taken
    /// in twice, and the file is fetched then.
    func attach(
        _ files: [ChannelFile], to appealId: String, from channel: String, logger: Logger,
        fetch: (String) async throws(DeliveryFailure) -> Data
    ) async throws {
        var fetched: [IncomingFile] = []
        for file in files {
            do throws(DeliveryFailure) {
                fetched.append(IncomingFile(fileName: file.fileName, declaredType: file.declaredType, data: try await fetch(file.reference)))
            } catch {
                guard error.permanent else {
                    throw Problem(
                        .serviceUnavailable, type: "channel-file-unavailable", title: "Файл не получен",
                        detail: "\(channel) не отдал файл сообщения (\(error.message)); обращение сохранено, файл будет получен при повторе события"
                    )
                }
                logger.notice("a channel's file kept only as a reference in its payload", metadata: ["channel": "\(channel)", "reason": "\(error.message)"])
            }
        }
        guard !fetched.isEmpty else { return }
        for (file, reason) in try await store.attach(fetched, to: appealId).refused {
            logger.notice("a channel's file kept only inside its payload", metadata: ["channel": "\(channel)", "file": "\(file.fileName ?? "")", "reason": "\(reason)"])
        }
    }
}
