import Foundation
import OtklikServer
import Testing

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
        ]
        for environment in wrong {
            let settings = configuration(environment)
            #expect(throws: ConfigurationError.self, "\(environment)") {
                _ = try settings.telegram()
                _ = try settings.vk()
                _ = try settings.ok()
                _ = try settings.open311Keys()
            }
        }
    }

    @Test("complete settings give each channel, the address without a trailing slash")
    func complete() throws {
        let all = configuration([
            "OTKLIK_TELEGRAM_TOKEN": "1:A", "OTKLIK_TELEGRAM_SECRET": "secret_1", "OTKLIK_TELEGRAM_API": "http://127.0.0.1:9/",
            "OTKLIK_VK_GROUP_ID": "72641161", "OTKLIK_VK_CONFIRMATION": "abc", "OTKLIK_VK_SECRET": "s", "OTKLIK_VK_TOKEN": "t",
            "OTKLIK_OK_TOKEN": "t", "OTKLIK_OK_SECRET": "0123456789abcdef", "OTKLIK_OPEN311_KEYS": "0123456789abcdef=operator",
        ])
        #expect(try all.telegram()?.apiURL == "http://127.0.0.1:9")
        #expect(try all.telegram()?.login == "operator")
        #expect(try all.vk()?.groupId == 72_641_161)
        #expect(try all.vk()?.apiURL == "https://api.vk.com/method")
        #expect(try all.ok()?.apiURL == "https://api.ok.ru")
        #expect(try all.open311Keys() == ["0123456789abcdef": "operator"])
    }
}
