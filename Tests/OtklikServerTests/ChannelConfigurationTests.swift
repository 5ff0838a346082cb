import Foundation
import OtklikCore
import Testing

@testable import OtklikServer

@Suite("Channel settings: each channel on with all its settings or off with none; a half-set channel or a weak secret stops the start")
struct ChannelConfigurationTests {
    func configuration(_ environment: [String: String]) -> ServerConfiguration { ServerConfiguration(environment: environment) }

    @Test("no settings: every channel is off and Open311 has no keys")
    func allOff() throws {
        let none = configuration([:])
        #expect(try none.telegram() == nil)
        #expect(try none.vk() == nil)
        #expect(try none.ok() == nil)
        #expect(try none.open311Keys().isEmpty)
        #expect(try none.mail() == nil)
        #expect(try none.relay() == nil)
    }

    @Test("a half-set Telegram, VK or OK, a secret setWebhook would refuse, a short OK secret, a short Open311 key: each refused in Russian")
    func refusals() {
        let wrong: [[String: String]] = [
            ["OTKLIK_TELEGRAM_TOKEN": "1:A"],
            ["OTKLIK_TELEGRAM_TOKEN": "1:A", "OTKLIK_TELEGRAM_SECRET": "с пробелом"],
            ["OTKLIK_TELEGRAM_TOKEN": "1:A", "OTKLIK_TELEGRAM_SECRET": "ok", "OTKLIK_TELEGRAM_API": "ftp://x"],
            ["OTKLIK_VK_GROUP_ID": "1", "OTKLIK_VK_SECRET": "s"],
            ["OTKLIK_VK_GROUP_ID": "клуб", "OTKLIK_VK_CONFIRMATION": "c", "OTKLIK_VK_SECRET": "s", "OTKLIK_VK_TOKEN": "t"],
            ["OTKLIK_OK_TOKEN": "t", "OTKLIK_OK_SECRET": "short"],
            ["OTKLIK_OPEN311_KEYS": "short=operator"],
            ["OTKLIK_SMTP_PORT": "почта"],
            ["OTKLIK_SMTP_PORT": "2525", "OTKLIK_MAIL_KIND": "publication"],
            ["OTKLIK_SMTP_PORT": "2525", "OTKLIK_SMTP_MAX_MB": "500"],
            ["OTKLIK_SMTP_RELAY": "127.0.0.1:25"],
            ["OTKLIK_SMTP_RELAY": "127.0.0.1", "OTKLIK_MAIL_FROM": "cur@region.ru"],
            ["OTKLIK_SMTP_RELAY": "127.0.0.1:25", "OTKLIK_MAIL_FROM": "не адрес"],
        ]
        for environment in wrong {
            let settings = configuration(environment)
            #expect(throws: ConfigurationError.self, "\(environment)") {
                _ = try settings.telegram()
                _ = try settings.vk()
                _ = try settings.ok()
                _ = try settings.open311Keys()
                _ = try settings.mail()
                _ = try settings.relay()
            }
        }
    }

    @Test("complete settings give each channel, the address without a trailing slash")
    func complete() throws {
        let all = configuration([
            "OTKLIK_TELEGRAM_TOKEN": "1:A", "OTKLIK_TELEGRAM_SECRET": "secret_1", "OTKLIK_TELEGRAM_API": "http://127.0.0.1:9/",
            "OTKLIK_VK_GROUP_ID": "72641161", "OTKLIK_VK_CONFIRMATION": "abc", "OTKLIK_VK_SECRET": "s", "OTKLIK_VK_TOKEN": "t",
            "OTKLIK_OK_TOKEN": "t", "OTKLIK_OK_SECRET": "0123456789abcdef", "OTKLIK_OPEN311_KEYS": "0123456789abcdef=operator",
            "OTKLIK_SMTP_PORT": "2525", "OTKLIK_SMTP_DOMAINS": "Region.ru, mo.region.ru", "OTKLIK_SMTP_RELAY": "mail.region.ru:25",
            "OTKLIK_MAIL_FROM": "cur@region.ru",
        ])
        #expect(try all.mail() == MailSettings(host: "127.0.0.1", port: 2525, domains: ["region.ru", "mo.region.ru"], maxBytes: 25 << 20, login: "operator", kind: .message))
        #expect(try all.relay() == SMTPRelaySettings(host: "mail.region.ru", port: 25, from: "cur@region.ru"))
        #expect(try all.telegram()?.apiURL == "http://127.0.0.1:9")
        #expect(try all.telegram()?.login == "operator")
        #expect(try all.vk()?.groupId == 72_641_161)
        #expect(try all.vk()?.apiURL == "https://api.vk.com/method")
        #expect(try all.ok()?.apiURL == "https://api.ok.ru")
        #expect(try all.open311Keys() == ["0123456789abcdef": "operator"])
    }
}
