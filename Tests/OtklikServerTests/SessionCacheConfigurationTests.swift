import OtklikServer
import Testing

@Suite("OTKLIK_SESSION_CACHE_SECONDS: how long a looked-up session is trusted")
struct SessionCacheConfigurationTests {
    func lifetime(_ value: String?) -> Double {
        ServerConfiguration(environment: value.map { ["OTKLIK_SESSION_CACHE_SECONDS": $0] } ?? [:]).sessionCacheLifetime
    }

    @Test("2 s unless set; 0 turns it off; a negative value is 0; a value that is not a finite number is the default")
    func readFromTheEnvironment() {
        #expect(lifetime(nil) == 2)
        #expect(lifetime("0") == 0)
        #expect(lifetime("30") == 30)
        #expect(lifetime("-5") == 0)
        #expect(lifetime("nan") == 2)
        #expect(lifetime("inf") == 2)
        #expect(lifetime("soon") == 2)
    }
}
