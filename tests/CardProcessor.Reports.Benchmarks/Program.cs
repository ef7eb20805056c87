using CardProcessor.Reports.Benchmarks;

// The parent seeds and reports; each measurement runs in a child process of its own so that its
// peak memory is its own (see ExportMeasurement).
return args is [ExportMeasurement.Command, ..]
    ? await ExportMeasurement.RunAsync(args[1..])
    : await ReportsBench.RunAsync(BenchOptions.Parse(args));
