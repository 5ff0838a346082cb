import OtklikCore

extension AppealStore {
    /// Starts filling the similarity index in the background, so the first card after a start need not wait.
    public func startSimilarityIndex() async {
        await similarity.start(backend)
    }

    /// The appeal's likely repeats and duplicates among earlier appeals and its campaign, if any; while the
    /// index is first being filled, waits up to `patience` and then tells how far it has got.
    public func similar(to appeal: Appeal, patience: Duration = .seconds(2)) async throws -> SimilarityLookup {
        try await similarity.lookup(appeal, backend: backend, patience: patience)
    }
}
