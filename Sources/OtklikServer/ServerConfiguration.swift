import Foundation
import OtklikCore
import OtklikStore

/// Every setting of Otklik, read from the environment in this one place.
/// | variable | default |
/// |---|---|
/// | `OTKLIK_DATABASE_URL` | `sqlite:data/otklik.sqlite` |
/// | `OTKLIK_HOST` | `127.0.0.1` |
/// | `OTKLIK_PORT` | `8080` |
/// | `OTKLIK_TIME_ZONE` | `Europe/Moscow` (the region's zone: numbering year, later terms) |
/// | `OTKLIK_NUMBER_PREFIX` | `ЦУР` |
/// | `OTKLIK_TOKEN_TTL_HOURS` | `12` |
/// | `OTKLIK_SESSION_CACHE_SECONDS` | `2`: a token looked up is trusted this long without reading it again (a change made by this server takes effect at once, one made by another server on the same PostgreSQL within this); `0`: read it for every request |
/// | `OTKLIK_BCRYPT_COST` | `10` |
/// | `OTKLIK_LOG_LEVEL` | `info` |
/// | `OTKLIK_TERM_SHIFT` | `previous`: a term in calendar days ending on a day off moves to the previous working day (or `next`) |
/// | `OTKLIK_DUE_SOON_HOURS` | `24`: less than this left before a term, and the item is «скоро срок» |
/// | `OTKLIK_SCHEDULER_SECONDS` | `60`: how often term reminders and escalations are raised; `0` turns it off |
/// | `OTKLIK_TERM_RULES` | none: a JSON file of term rules in place of the defaults (`otklik terms` prints them) |
/// | `OTKLIK_SECURE_COOKIES` | `false`: mark the session cookie Secure (set it when the server is behind HTTPS) |
/// | `OTKLIK_MODEL_EXAMPLES` | `50000`: the structure model learns from at most this many latest structured appeals |
/// | `OTKLIK_RETRAIN_AFTER` | `500`: the model is trained again once this many more appeals have a topic |
/// | `OTKLIK_AUTO_STRUCTURE_CONFIDENCE` | `0.95`: at intake, an appeal without a topic gets the model's top topic when it is this sure; `off`: never |
/// | `OTKLIK_AUTO_STRUCTURE_MIN_EXAMPLES` | `1000`: only a model that learned from this many structured appeals sets topics by itself |
/// | `OTKLIK_AUTO_ROUTE_CONFIDENCE` | `0.95`: at intake, a new appeal is sent to the model's top body when it is this sure; `off`: never |
/// | `OTKLIK_RETRAIN_CHECK_SECONDS` | `300`: how often the trainer looks; `0` turns background retraining off |
/// | `OTKLIK_PRESIDENTIAL_DAYS_OFF` | `false`: whether the presidential non-working days of 2020–2021 count as days off |
/// | `OTKLIK_RATING_WEIGHTS` | `onTime=0.3,speed=0.15,quality=0.3,notOverdue=0.15,notRedirected=0.1`: the parts of a body's score |
/// | `OTKLIK_MAP_TILES` | none: a tile server's URL template with `{z}`, `{x}`, `{y}` drawn under the map of points and on the public form's map to put the point on; none: a plain grid, no map on the form |
/// | `OTKLIK_OPEN311_KEYS` | none: Open311 `api_key`s as `key=login,…`, each taking requests in as that user; none: POST is refused |
/// | `OTKLIK_TELEGRAM_TOKEN`, `OTKLIK_TELEGRAM_SECRET` | none: the bot's token and the webhook's secret token; both or the bot is off |
/// | `OTKLIK_TELEGRAM_LOGIN` | `operator`: the user the bot's items are taken in as |
/// | `OTKLIK_TELEGRAM_API` | `https://api.telegram.org`: the Bot API's address |
/// | `OTKLIK_OUTBOX_SECONDS` | `5`: how often the outbox is sent; `0` turns sending off |
/// | `OTKLIK_VK_GROUP_ID`, `OTKLIK_VK_CONFIRMATION`, `OTKLIK_VK_SECRET`, `OTKLIK_VK_TOKEN` | none: the VK community, its Callback API confirmation string and secret, its API token; all four or none |
/// | `OTKLIK_VK_LOGIN` | `operator`: the user the community's items are taken in as |
/// | `OTKLIK_VK_API` | `https://api.vk.com/method`: the VK API's address |
/// | `OTKLIK_OK_TOKEN`, `OTKLIK_OK_SECRET` | none: the Odnoklassniki group's token and the secret ending its webhook address; both or none |
/// | `OTKLIK_OK_LOGIN` | `operator`: the user the group's items are taken in as |
/// | `OTKLIK_OK_API` | `https://api.ok.ru`: the Odnoklassniki API's address |
/// | `OTKLIK_SMTP_PORT` | none: the port the SMTP listener takes letters on (from the site's MTA); none: no listener |
/// | `OTKLIK_SMTP_HOST` | `127.0.0.1`: the address it listens on |
/// | `OTKLIK_SMTP_DOMAINS` | none: the recipient domains it accepts, comma-separated; none: any |
/// | `OTKLIK_SMTP_MAX_MB` | `25`: the largest letter |
/// | `OTKLIK_SMTP_LOGIN` | `operator`: the user letters are taken in as |
/// | `OTKLIK_SMTP_RELAY`, `OTKLIK_MAIL_FROM` | none: the site's mail server (`host:port`) answers by e-mail are handed to, and the centre's address; both or none |
/// | `OTKLIK_PUBLIC_URL` | none: the site's public address (`https://…`) that letters link to (a resident's page, the rating); none: letters carry no links |
/// | `OTKLIK_OIDC_ISSUER`, `OTKLIK_OIDC_CLIENT_ID` | none: the OpenID Connect provider residents may sign in with (the region's ЕСИА gateway) and this site's client id there; both, with `OTKLIK_PUBLIC_URL`, or none |
/// | `OTKLIK_OIDC_CLIENT_SECRET` | none: the client's secret, when the provider issued one |
/// | `OTKLIK_OIDC_SCOPE`, `OTKLIK_OIDC_TITLE` | `openid email`, `Госуслуги`: the scopes asked and the name on the login button |
/// | `OTKLIK_PUBLIC_LOGIN` | `operator`: the user the public form's items and residents' ratings are taken in as |
/// | `OTKLIK_PUBLIC_PER_IP`, `OTKLIK_PUBLIC_PER_CONTACT`, `OTKLIK_PUBLIC_WINDOW_MINUTES` | `30`, `5`, `10`: submissions the public side takes from one address and one phone or e-mail per window; `0` turns a limit off |
/// | `OTKLIK_MAIL_KIND` | `message`: what a letter is (547-ФЗ: e-mail is no longer a way to send an обращение); `appeal` where the region decides otherwise |
public struct ServerConfiguration: Sendable {
    public var databaseURL: String
    public var host: String
    public var port: Int
    public var timeZone: TimeZone
    public var numberPrefix: String
    public var tokenLifetime: TimeInterval
    public var sessionCacheLifetime: TimeInterval
    public var bcryptCost: UInt8
    public var logLevel: String
    public var termShift: TermShift
    public var presidentialDaysOff: Bool
    public var dueSoon: TimeInterval
    public var termRulesPath: String?
    public var secureCookies: Bool
    /// Nil when the scheduler is off.
    public var schedulerInterval: Duration?
    /// How the topic and body model learns and when it structures by itself.
    public var structure: StructureSettings
    /// Nil when background retraining is off.
    public var retrainCheckInterval: Duration?
    /// A tile URL template under the map of points (`mapTileTemplate()` checks it); nil: no tiles.
    public var mapTiles: String?
    /// The weights of a body's score as given (`ratingWeights()` reads them); nil: the defaults.
    public var ratingWeightsText: String?
    /// The Open311 keys as given (`open311Keys()` reads them); nil: none.
    public var open311KeysText: String?
    /// The Telegram bot as given (`telegram()` checks it).
    public var telegramToken: String?
    public var telegramSecret: String?
    public var telegramLogin: String
    public var telegramAPI: String
    /// Nil when sending is off.
    public var outboxInterval: Duration?
    /// The VK community as given (`vk()` checks it).
    public var vkGroupId: String?
    public var vkConfirmation: String?
    public var vkSecret: String?
    public var vkToken: String?
    public var vkLogin: String
    public var vkAPI: String
    /// The SMTP listener as given (`mail()` checks it).
    public var smtpPort: String?
    public var smtpHost: String
    public var smtpDomains: String?
    public var smtpMaxMegabytes: String?
    public var smtpLogin: String
    public var mailKind: String?
    public var smtpRelay: String?
    public var mailFrom: String?
    /// The Odnoklassniki group as given (`ok()` checks it).
    public var okToken: String?
    public var okSecret: String?
    public var okLogin: String
    public var okAPI: String
    /// The user the public side acts as.
    public var publicLogin: String
    /// The site's public address as given (`publicBaseURL()` checks it).
    public var publicURL: String?
    /// The residents' OpenID Connect login as given (`oidc()` checks it).
    public var oidcIssuer: String?
    public var oidcClientId: String?
    public var oidcClientSecret: String?
    public var oidcScope: String
    public var oidcTitle: String
    public var publicLimits: SubmissionLimits

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        databaseURL = value("OTKLIK_DATABASE_URL") ?? "sqlite:data/otklik.sqlite"
        host = value("OTKLIK_HOST") ?? "127.0.0.1"
        port = value("OTKLIK_PORT").flatMap(Int.init) ?? 8080
        timeZone = value("OTKLIK_TIME_ZONE").flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "Europe/Moscow")!
        numberPrefix = value("OTKLIK_NUMBER_PREFIX") ?? "ЦУР"
        tokenLifetime = (value("OTKLIK_TOKEN_TTL_HOURS").flatMap(Double.init) ?? 12) * 3600
        sessionCacheLifetime = value("OTKLIK_SESSION_CACHE_SECONDS").flatMap(Double.init).flatMap { $0.isFinite ? max($0, 0) : nil }
            ?? AppealStore.defaultSessionCacheLifetime
        bcryptCost = value("OTKLIK_BCRYPT_COST").flatMap(UInt8.init).map { min(max($0, 4), 31) } ?? 10
        logLevel = value("OTKLIK_LOG_LEVEL") ?? "info"
        termShift = value("OTKLIK_TERM_SHIFT").flatMap(TermShift.init(rawValue:)) ?? .previousWorkingDay
        dueSoon = (value("OTKLIK_DUE_SOON_HOURS").flatMap(Double.init).map { max($0, 0) } ?? 24) * 3600
        termRulesPath = value("OTKLIK_TERM_RULES")
        let schedulerSeconds = value("OTKLIK_SCHEDULER_SECONDS").flatMap(Double.init) ?? 60
        schedulerInterval = schedulerSeconds > 0 ? .milliseconds(Int64(schedulerSeconds * 1000)) : nil
        structure = StructureSettings()
        structure.examples = max(value("OTKLIK_MODEL_EXAMPLES").flatMap(Int.init) ?? structure.examples, 100)
        structure.retrainAfter = max(value("OTKLIK_RETRAIN_AFTER").flatMap(Int.init) ?? structure.retrainAfter, 1)
        // Under 0.5 the model would act on a coin toss; `off` (anything not a number) leaves it to a person.
        func confidence(_ name: String, _ fallback: Double?) -> Double? {
            guard let text = value(name) else { return fallback }
            return Double(text).map { min(max($0, 0.5), 1) }
        }
        structure.autoStructureConfidence = confidence("OTKLIK_AUTO_STRUCTURE_CONFIDENCE", structure.autoStructureConfidence)
        structure.autoRouteConfidence = confidence("OTKLIK_AUTO_ROUTE_CONFIDENCE", structure.autoRouteConfidence)
        structure.autoStructureMinimumExamples =
            max(value("OTKLIK_AUTO_STRUCTURE_MIN_EXAMPLES").flatMap(Int.init) ?? structure.autoStructureMinimumExamples, 0)
        let retrainSeconds = value("OTKLIK_RETRAIN_CHECK_SECONDS").flatMap(Double.init) ?? 300
        retrainCheckInterval = retrainSeconds > 0 ? .milliseconds(Int64(retrainSeconds * 1000)) : nil
        func flag(_ name: String) -> Bool { value(name).map { ["1", "true", "yes"].contains($0.lowercased()) } ?? false }
        presidentialDaysOff = flag("OTKLIK_PRESIDENTIAL_DAYS_OFF")
        secureCookies = flag("OTKLIK_SECURE_COOKIES")
        mapTiles = value("OTKLIK_MAP_TILES")
        ratingWeightsText = value("OTKLIK_RATING_WEIGHTS")
        open311KeysText = value("OTKLIK_OPEN311_KEYS")
        telegramToken = value("OTKLIK_TELEGRAM_TOKEN")
        telegramSecret = value("OTKLIK_TELEGRAM_SECRET")
        telegramLogin = value("OTKLIK_TELEGRAM_LOGIN") ?? "operator"
        telegramAPI = value("OTKLIK_TELEGRAM_API") ?? "https://api.telegram.org"
        vkGroupId = value("OTKLIK_VK_GROUP_ID")
        vkConfirmation = value("OTKLIK_VK_CONFIRMATION")
        vkSecret = value("OTKLIK_VK_SECRET")
        vkToken = value("OTKLIK_VK_TOKEN")
        vkLogin = value("OTKLIK_VK_LOGIN") ?? "operator"
        vkAPI = value("OTKLIK_VK_API") ?? "https://api.vk.com/method"
        smtpPort = value("OTKLIK_SMTP_PORT")
        smtpHost = value("OTKLIK_SMTP_HOST") ?? "127.0.0.1"
        smtpDomains = value("OTKLIK_SMTP_DOMAINS")
        smtpMaxMegabytes = value("OTKLIK_SMTP_MAX_MB")
        smtpLogin = value("OTKLIK_SMTP_LOGIN") ?? "operator"
        mailKind = value("OTKLIK_MAIL_KIND")
        smtpRelay = value("OTKLIK_SMTP_RELAY")
        mailFrom = value("OTKLIK_MAIL_FROM")
        publicLogin = value("OTKLIK_PUBLIC_LOGIN") ?? "operator"
        publicURL = value("OTKLIK_PUBLIC_URL")
        oidcIssuer = value("OTKLIK_OIDC_ISSUER")
        oidcClientId = value("OTKLIK_OIDC_CLIENT_ID")
        oidcClientSecret = value("OTKLIK_OIDC_CLIENT_SECRET")
        oidcScope = value("OTKLIK_OIDC_SCOPE") ?? "openid email"
        oidcTitle = value("OTKLIK_OIDC_TITLE") ?? "Госуслуги"
        let standardLimits = SubmissionLimits()
        publicLimits = SubmissionLimits(
            perAddress: max(value("OTKLIK_PUBLIC_PER_IP").flatMap(Int.init) ?? standardLimits.perAddress, 0),
            perContact: max(value("OTKLIK_PUBLIC_PER_CONTACT").flatMap(Int.init) ?? standardLimits.perContact, 0),
            window: max(value("OTKLIK_PUBLIC_WINDOW_MINUTES").flatMap(Double.init) ?? standardLimits.window / 60, 1) * 60
        )
        okToken = value("OTKLIK_OK_TOKEN")
        okSecret = value("OTKLIK_OK_SECRET")
        okLogin = value("OTKLIK_OK_LOGIN") ?? "operator"
        okAPI = value("OTKLIK_OK_API") ?? "https://api.ok.ru"
        let outboxSeconds = value("OTKLIK_OUTBOX_SECONDS").flatMap(Double.init) ?? 5
        outboxInterval = outboxSeconds > 0 ? .milliseconds(Int64(outboxSeconds * 1000)) : nil
    }

    /// The SMTP listener, checked: a port number, a size of 1–100 MB, a kind of item; nil without a port.
    public func mail() throws -> MailSettings? {
        guard let smtpPort else { return nil }
        guard let port = Int(smtpPort), (1...65535).contains(port) else { throw ConfigurationError("OTKLIK_SMTP_PORT: ожидается номер порта от 1 до 65535") }
        let megabytes = try smtpMaxMegabytes.map { text in
            guard let value = Int(text), (1...100).contains(value) else { throw ConfigurationError("OTKLIK_SMTP_MAX_MB: ожидается число от 1 до 100") }
            return value
        } ?? 25
        let kind = try mailKind.map { text in
            guard let kind = AppealKind(rawValue: text), kind != .publication else {
                throw ConfigurationError("OTKLIK_MAIL_KIND: ожидается message (по умолчанию) или appeal")
            }
            return kind
        } ?? .message
        let domains = Set((smtpDomains ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })
        return MailSettings(host: smtpHost, port: port, domains: domains, maxBytes: megabytes << 20, login: smtpLogin, kind: kind)
    }

    /// The site's public address for links in letters, checked: http(s), without a trailing slash; nil: none.
    public func publicBaseURL() throws -> String? {
        guard let publicURL else { return nil }
        guard Self.isHTTP(publicURL), URL(string: publicURL)?.host?.isEmpty == false, URL(string: publicURL)?.query == nil else {
            throw ConfigurationError("OTKLIK_PUBLIC_URL: ожидается адрес сайта, например https://otklik.example.ru")
        }
        return publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
    }

    /// The residents' OpenID Connect login, checked: issuer and client id both or neither, an http(s) issuer, and
    /// the site's public address for the way back.
    public func oidc() throws -> OIDCSettings? {
        switch (oidcIssuer, oidcClientId) {
        case (nil, nil): return nil
        case (let issuer?, let clientId?):
            guard Self.isHTTP(issuer) else { throw ConfigurationError("OTKLIK_OIDC_ISSUER: ожидается адрес поставщика входа, например https://esia-gateway.example.ru") }
            guard let base = try publicBaseURL() else {
                throw ConfigurationError("Вход через OpenID Connect: задайте OTKLIK_PUBLIC_URL — на этот адрес поставщик вернёт жителя")
            }
            return OIDCSettings(
                issuer: issuer, clientId: clientId, clientSecret: oidcClientSecret, scope: oidcScope, title: oidcTitle,
                redirectURI: base + OIDCSettings.callbackPath
            )
        default:
            throw ConfigurationError("Вход через OpenID Connect: задайте и OTKLIK_OIDC_ISSUER, и OTKLIK_OIDC_CLIENT_ID")
        }
    }

    /// The relay for answers by e-mail, checked: `host:port` and an address, both or neither.
    public func relay() throws -> SMTPRelaySettings? {
        switch (smtpRelay, mailFrom) {
        case (nil, nil): return nil
        case (let relay?, let from?):
            let parts = relay.split(separator: ":")
            guard parts.count == 2, let port = Int(parts[1]), (1...65535).contains(port) else {
                throw ConfigurationError("OTKLIK_SMTP_RELAY: ожидается «хост:порт», например 127.0.0.1:25")
            }
            guard AppealDraftValidator.looksLikeEmail(from) else { throw ConfigurationError("OTKLIK_MAIL_FROM: ожидается адрес электронной почты") }
            return SMTPRelaySettings(host: String(parts[0]), port: port, from: from)
        default:
            throw ConfigurationError("Ответы по почте: задайте и OTKLIK_SMTP_RELAY, и OTKLIK_MAIL_FROM")
        }
    }

    /// Only A–Z, a–z, 0–9, `_` and `-`: safe in a header and in an address.
    static func urlSafe(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == "-") }
    }

    static func isHTTP(_ address: String) -> Bool {
        URL(string: address)?.scheme.map { ["http", "https"].contains($0) } == true
    }

    /// The Odnoklassniki group, checked: token and secret both or neither; a secret of at least 16 URL-safe
    /// characters, since it is all that guards the webhook's address.
    public func ok() throws -> OKSettings? {
        switch (okToken, okSecret) {
        case (nil, nil): return nil
        case (let token?, let secret?):
            guard Self.urlSafe(secret), secret.count >= 16 else {
                throw ConfigurationError("OTKLIK_OK_SECRET: не короче 16 символов A–Z, a–z, 0–9, «_» и «-» (он — часть адреса webhook)")
            }
            guard Self.isHTTP(okAPI) else {
                throw ConfigurationError("OTKLIK_OK_API: ожидается адрес http(s)://…")
            }
            return OKSettings(token: token, secret: secret, login: okLogin, apiURL: okAPI.hasSuffix("/") ? String(okAPI.dropLast()) : okAPI)
        default:
            throw ConfigurationError("Одноклассники: задайте и OTKLIK_OK_TOKEN, и OTKLIK_OK_SECRET")
        }
    }

    /// The VK community, checked: all four settings or none, a numeric community id, an http(s) API address.
    public func vk() throws -> VKSettings? {
        let given = [vkGroupId, vkConfirmation, vkSecret, vkToken]
        if given.allSatisfy({ $0 == nil }) { return nil }
        guard let groupText = vkGroupId, let confirmation = vkConfirmation, let secret = vkSecret, let token = vkToken else {
            throw ConfigurationError("Сообщество ВКонтакте: задайте все четыре — OTKLIK_VK_GROUP_ID, OTKLIK_VK_CONFIRMATION, OTKLIK_VK_SECRET, OTKLIK_VK_TOKEN")
        }
        guard let groupId = Int64(groupText), groupId > 0 else { throw ConfigurationError("OTKLIK_VK_GROUP_ID: ожидается номер сообщества, например 123456") }
        guard Self.isHTTP(vkAPI) else {
            throw ConfigurationError("OTKLIK_VK_API: ожидается адрес http(s)://…")
        }
        return VKSettings(
            groupId: groupId, confirmation: confirmation, secret: secret, token: token, login: vkLogin,
            apiURL: vkAPI.hasSuffix("/") ? String(vkAPI.dropLast()) : vkAPI
        )
    }

    /// The Telegram bot, checked: token and secret both or neither; the secret as `setWebhook` allows it
    /// (1–256 characters of A–Z, a–z, 0–9, `_`, `-`). Nil: no bot.
    public func telegram() throws -> TelegramSettings? {
        switch (telegramToken, telegramSecret) {
        case (nil, nil): return nil
        case (let token?, let secret?):
            guard Self.urlSafe(secret), (1...256).contains(secret.count) else {
                throw ConfigurationError("OTKLIK_TELEGRAM_SECRET: от 1 до 256 символов A–Z, a–z, 0–9, «_» и «-» (так требует setWebhook)")
            }
            guard Self.isHTTP(telegramAPI) else {
                throw ConfigurationError("OTKLIK_TELEGRAM_API: ожидается адрес http(s)://…")
            }
            return TelegramSettings(token: token, secret: secret, login: telegramLogin, apiURL: telegramAPI.hasSuffix("/") ? String(telegramAPI.dropLast()) : telegramAPI)
        default:
            throw ConfigurationError("Telegram-бот: задайте и OTKLIK_TELEGRAM_TOKEN, и OTKLIK_TELEGRAM_SECRET")
        }
    }

    /// The Open311 `api_key`s and the login each takes requests in as, checked: `key=login` pairs, keys of
    /// at least 16 characters (a key is a password), each key once.
    public func open311Keys() throws -> [String: String] {
        guard let open311KeysText else { return [:] }
        var keys: [String: String] = [:]
        for pair in open311KeysText.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, parts[0].count >= 16, !parts[1].isEmpty, keys[parts[0]] == nil else {
                throw ConfigurationError("OTKLIK_OPEN311_KEYS: ожидается «ключ=логин,…», ключ не короче 16 символов и каждый ключ один раз")
            }
            keys[parts[0]] = parts[1]
        }
        return keys
    }

    /// The weights of a body's score (`RatingWeights`), checked.
    public func ratingWeights() throws -> RatingWeights {
        guard let text = ratingWeightsText else { return .standard }
        guard let weights = RatingWeights(text: text) else {
            throw ConfigurationError(
                "OTKLIK_RATING_WEIGHTS: ожидается «onTime=0.3,speed=0.15,quality=0.3,notOverdue=0.15,notRedirected=0.1» — неотрицательные веса, не все нулевые"
            )
        }
        return weights
    }

    /// The tile URL template, checked: an address with all three of `{z}`, `{x}`, `{y}`.
    public func mapTileTemplate() throws -> String? {
        guard let mapTiles else { return nil }
        let placeholders = ["{z}", "{x}", "{y}"].filter { !mapTiles.contains($0) }
        guard placeholders.isEmpty, mapTiles.hasPrefix("https://") || mapTiles.hasPrefix("http://") || mapTiles.hasPrefix("/") else {
            throw ConfigurationError(
                "OTKLIK_MAP_TILES: ожидается адрес сервера тайлов вида https://…/{z}/{x}/{y}.png"
                    + (placeholders.isEmpty ? "" : "; нет " + placeholders.joined(separator: ", "))
            )
        }
        return mapTiles
    }

    /// The term rules (the defaults, or `OTKLIK_TERM_RULES`) on the shipped production calendar, in the
    /// region's zone; the store puts the calendar years loaded into the database in place of the shipped ones.
    public func termPolicy() throws -> TermPolicy {
        var rules = TermRules.default
        if let path = termRulesPath {
            do {
                rules = try JSONDecoder().decode(TermRules.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw ConfigurationError("Не удалось прочитать правила сроков из «\(path)» (OTKLIK_TERM_RULES): \(error)")
            }
            let problems = rules.problems()
            guard problems.isEmpty else {
                throw ConfigurationError("Правила сроков из «\(path)»: " + problems.joined(separator: "; "))
            }
        }
        let calendar = RussianProductionCalendar.calendar(presidentialDaysOff: presidentialDaysOff)
        return TermPolicy(rules: rules, calendar: calendar, timeZone: timeZone, shift: termShift)
    }
}
