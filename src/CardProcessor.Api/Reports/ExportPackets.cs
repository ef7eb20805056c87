using CardProcessor.Api.Authentication;
using CardProcessor.Api.ErrorHandling;
using CardProcessor.Data;
using CardProcessor.Reports;
using CardProcessor.Reports.Packets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CardProcessor.Api.Reports;

internal static class ExportPackets
{
    /// <summary>Streams the zip of per-card packets to the response; the audit row follows the last file.</summary>
    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> HandleAsync(
        Guid id,
        CardProcessorDbContext db,
        PacketWriter writer,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var session = await ReportSession.FindAsync(db, id, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound($"Session {id}");
        }

        var actor = CurrentUser.ActorOf(http);
        return TypedResults.Stream(
            async body =>
            {
                var files = await writer.WriteAsync(body, session, http.RequestAborted);
                var export = new ExportRecord("zip", "packets", files);
                await ExportAudit.RecordAsync(db, actor, id, export, http.RequestAborted);
            },
            PacketWriter.ContentType,
            session.FileName("packets", "zip"));
    }
}
