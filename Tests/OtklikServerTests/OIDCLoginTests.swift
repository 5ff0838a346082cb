import Foundation
import HTTPTypes
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("The residents' OpenID Connect login (ЕСИА through its gateway): its settings and what it does when the way back is wrong")
struct OIDCLoginTests {
    static let environment = [
        "OTKLIK_PUBLIC_URL": "https://otklik.example.ru", "OTKLIK_OIDC_ISSUER": "http://127.0.0.1:1", "OTKLIK_OIDC_CLIENT_ID": "otklik",
    ]

    @Test("the issuer and the client come together and need the site's address for the way back; the callback is under it")
    func settings() throws {
        let settings = try #require(try ServerConfiguration(environment: Self.environment).oidc())
        #expect(settings.redirectURI == "https://otklik.example.ru/public/login/oidc/callback")
        #expect(settings.scope == "openid email" && settings.title == "Госуслуги")
        #expect(try ServerConfiguration(environment: [:]).oidc() == nil)
        #expect(throws: ConfigurationError.self) { try ServerConfiguration(environment: ["OTKLIK_OIDC_ISSUER": "http://127.0.0.1:1"]).oidc() }
        #expect(throws: ConfigurationError.self) {
            try ServerConfiguration(environment: ["OTKLIK_OIDC_ISSUER": "http://127.0.0.1:1", "OTKLIK_OIDC_CLIENT_ID": "otklik"]).oidc()
        }
    }

    @Test("the login page offers the provider; an unreachable provider, a refusal and a way back without its cookie are Russian pages and sign no one in")
    func wrongWaysBack() async throws {
        try await APIHarness.run(.sqlite, environment: Self.environment) { api in
            let login = try await api.page(.get, "/public/login?next=%2Fpublic%2Fpolls")
            #expect(login.html.contains("Войти через Госуслуги"))
            #expect(login.html.contains("href=\"/public/login/oidc?next=%2Fpublic%2Fpolls\""))
            let unreachable = try await api.page(.get, "/public/login/oidc?next=%2Fpublic%2Fpolls")
            #expect(unreachable.status == .badGateway)
            #expect(unreachable.html.contains("Вход через Госуслуги недоступен"))
            let refused = try await api.page(.get, "/public/login/oidc/callback?error=access_denied&state=x")
            #expect(refused.status == .badRequest)
            #expect(refused.html.contains("вы отказались от входа"))
            let forged = try await api.page(.get, "/public/login/oidc/callback?code=stolen&state=\(TrackingSecret.generate())")
            #expect(forged.status == .badRequest)
            #expect(forged.html.contains("вход устарел или начат в другом окне"))
            #expect(forged.cookie("otklik_resident") == nil)
        }
    }
}
