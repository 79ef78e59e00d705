package nl.selam.bot.console.faq;


import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import nl.selam.bot.console.access.ConsoleUsers;
import nl.selam.bot.knowledge.ContentExport;
import nl.selam.bot.staff.AuditLog;

import java.time.LocalDate;

/** Downloads the published FAQ as content files, to review and commit back into knowledge-base/content. */
@Controller("/console/export")
@Secured({"REDACTEUR", "BEHEERDER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class FaqExportController {

    private final ContentExport export;
    private final ConsoleUsers users;
    private final AuditLog audit;

    FaqExportController(ContentExport export, ConsoleUsers users, AuditLog audit) {
        this.export = export;
        this.users = users;
        this.audit = audit;
    }

    @Get(value = "/faq.zip", produces = "application/zip")
    HttpResponse<byte[]> faq(Authentication authentication) {
        audit.record(users.of(authentication).account(), "FAQ_EXPORTED", null);
        return HttpResponse.ok(export.zip()).contentType(MediaType.of("application/zip"))
                .header("Content-Disposition", "attachment; filename=\"selam-faq-" + LocalDate.now() + ".zip\"");
    }
}
