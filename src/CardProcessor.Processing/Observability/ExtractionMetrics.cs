using Prometheus;

namespace CardProcessor.Processing.Observability;

/// <summary>The worker's own metrics; dashboards and alerts query exactly these names.</summary>
public static class ExtractionMetrics
{
    public static readonly Counter PagesExtracted = Metrics.CreateCounter(
        "cardprocessor_pages_extracted_total",
        "Pages read, by extractor (local text layer or Document Intelligence, which is billed per page).",
        new CounterConfiguration { LabelNames = ["extractor"] });

    public static readonly Counter DocumentsProcessed = Metrics.CreateCounter(
        "cardprocessor_documents_processed_total",
        "Documents that reached a final state, by kind and outcome.",
        new CounterConfiguration { LabelNames = ["kind", "outcome"] });

    public static readonly Histogram ExtractionDuration = Metrics.CreateHistogram(
        "cardprocessor_document_extraction_seconds",
        "Time to read, extract and store one document.",
        new HistogramConfiguration
        {
            LabelNames = ["kind"],
            Buckets = Histogram.ExponentialBuckets(0.25, 2, 10),
        });

    public static readonly Counter TransactionsExtracted = Metrics.CreateCounter(
        "cardprocessor_transactions_extracted_total",
        "Card transactions stored from statements.");

    public static readonly Counter ReconciliationFindings = Metrics.CreateCounter(
        "cardprocessor_reconciliation_findings_total",
        "Printed totals that the extracted rows did not reconcile with, by finding code.",
        new CounterConfiguration { LabelNames = ["code"] });
}
