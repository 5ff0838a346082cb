import Hummingbird
import OtklikCore
import OtklikStore
import Prometheus

/// `GET /metrics`: Prometheus text format. Request counts and latencies come from Hummingbird's
/// `MetricsMiddleware`; the appeals by status are counted in the database at each scrape, and the process's
/// CPU and memory read then too (`ProcessMetrics`).
struct MetricsAPI {
    let store: AppealStore
    let registry: PrometheusCollectorRegistry
    let process: ProcessMetrics

    func register(on router: Router<OtklikRequestContext>) {
        router.get("/metrics") { _, _ in
            // First, so that the CPU a benchmark reads after its run leaves out this scrape's own count.
            process.update()
            let counts = try await store.countByStatus()
            let descriptor = MetricNameDescriptor(
                namespace: "otklik", metricName: "appeals", unitName: "", helpText: "Обращения и сообщения по статусам"
            )
            for status in AppealStatus.allCases {
                registry.makeGauge(descriptor: descriptor, labels: [("status", status.rawValue)]).set(Double(counts[status] ?? 0))
            }
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer()))
            )
        }
    }
}
