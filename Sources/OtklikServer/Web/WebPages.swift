import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// The operator's workspace in the browser: server-rendered Russian pages over the same store and rules
/// as the API, behind a session cookie; one stylesheet, no scripts.
struct WebPages {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer
    /// The checked tile URL template under the map of points, or nil.
    let mapTiles: String?
    let ratingWeights: RatingWeights
    /// Residents' comments waiting for the centre's moderators.
    let moderation: DiscussionDesk

    static let stylesheet: Data? = Bundle.module.url(forResource: "otklik", withExtension: "css", subdirectory: "Resources/static")
        .flatMap { try? Data(contentsOf: $0) }

    func register(on router: Router<OtklikRequestContext>) {
        router.get("/static/otklik.css") { _, _ in
            guard let data = Self.stylesheet else { throw Problem.notFound("Таблица стилей не найдена в сборке") }
            return Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(bytes: data))
            )
        }
        let pages = router.group().add(middleware: SessionMiddleware(store: store, renderer: renderer))
        LoginPages(store: store, configuration: configuration, renderer: renderer).register(on: router, pages: pages)
        InboxPage(store: store, configuration: configuration, renderer: renderer).register(on: pages)
        RegistrationPage(store: store, configuration: configuration, renderer: renderer).register(on: pages)
        AppealPage(store: store, configuration: configuration, renderer: renderer).register(on: pages)
        DirectoryPages(store: store, configuration: configuration, renderer: renderer).register(on: pages)
        AnalyticsPage(store: store, configuration: configuration, renderer: renderer).register(on: pages)
        HeatMapPage(store: store, configuration: configuration, renderer: renderer).register(on: pages)
        DashboardPage(store: store, configuration: configuration, renderer: renderer).register(on: pages)
        WallPage(store: store, configuration: configuration, renderer: renderer).register(on: pages)
        PointMapPage(store: store, configuration: configuration, renderer: renderer, tiles: mapTiles).register(on: pages)
        RatingsPage(store: store, configuration: configuration, renderer: renderer, weights: ratingWeights).register(on: pages)
        IndicatorsPage(store: store, configuration: configuration, renderer: renderer).register(on: pages)
        WeeklyArchivePage(store: store, configuration: configuration, renderer: renderer).register(on: pages)
        ReportPackagePage(store: store, configuration: configuration, renderer: renderer, weights: ratingWeights).register(on: pages)
        WeeklyNotePage(store: store, configuration: configuration, renderer: renderer).register(on: pages)
        FlowPage(store: store, configuration: configuration, renderer: renderer).register(on: pages)
        NotificationsPage(store: store, configuration: configuration, renderer: renderer).register(on: pages)
        ModerationPage(desk: moderation, configuration: configuration, renderer: renderer).register(on: pages)
        EngagementPage(polls: PollDesk(store: store), discussions: moderation, configuration: configuration, renderer: renderer).register(on: pages)
    }
}
