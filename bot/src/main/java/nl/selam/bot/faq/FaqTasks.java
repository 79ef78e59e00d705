package nl.selam.bot.faq;

import jakarta.inject.Singleton;
import nl.selam.bot.staff.AuditLog;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.bot.staff.StaffRole;
import nl.selam.kb.language.Language;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Translation work: a redacteur asks a tolk or sleutelpersoon who speaks the language to translate or review one
 * language of one entry; the tolk's submission is saved as a DRAFT revision, which a redacteur publishes in the
 * editor (a tolk never changes what residents read on their own).
 */
@Singleton
public class FaqTasks {

    private final FaqTaskRepository tasks;
    private final StaffRepository staff;
    private final FaqContent content;
    private final AuditLog audit;
    private final Clock clock;

    FaqTasks(FaqTaskRepository tasks, StaffRepository staff, FaqContent content, AuditLog audit, Clock clock) {
        this.tasks = tasks;
        this.staff = staff;
        this.content = content;
        this.audit = audit;
        this.clock = clock;
    }

    /** Active tolken and sleutelpersonen who speak this language: who a task in it can go to. */
    public List<StaffAccount> translators(Language language) {
        return StreamSupport.stream(staff.findAll().spliterator(), false)
                .filter(a -> a.active() && (a.role() == StaffRole.TOLK || a.role() == StaffRole.SLEUTELPERSOON))
                .filter(a -> a.languageList().contains(language.code()))
                .sorted(java.util.Comparator.comparing(StaffAccount::name)).toList();
    }

    public FaqTask ask(StaffAccount redacteur, String topic, Language language, String kind, long assigneeId) {
        if (!content.exists(topic) || language == Language.NL || !language.isAnswered()) {
            throw new FaqProblemsException(List.of(new FaqForm.Problem("faq.error.task-language", null)));
        }
        if (!FaqTask.TRANSLATE.equals(kind) && !FaqTask.REVIEW.equals(kind)) {
            throw new FaqProblemsException(List.of(new FaqForm.Problem("faq.error.task-kind", null)));
        }
        StaffAccount assignee = translators(language).stream().filter(a -> a.id() == assigneeId).findFirst()
                .orElseThrow(() -> new FaqProblemsException(List.of(
                        new FaqForm.Problem("faq.error.task-assignee", language.code()))));
        FaqTask task = tasks.save(new FaqTask(null, topic, language.code(), kind, assignee.id(), redacteur.id(),
                FaqTask.OPEN, clock.instant(), null, null));
        audit.record(redacteur, "FAQ_TASK_CREATED", null, topic + "/" + language.code());
        return task;
    }

    public List<FaqTask> of(StaffAccount assignee) {
        return tasks.findByAssigneeIdOrderByIdDesc(assignee.id());
    }

    public List<FaqTask> forTopic(String topic) {
        return tasks.findByTopicOrderByIdDesc(topic);
    }

    public Optional<FaqTask> find(long id) {
        return tasks.findById(id);
    }

    /** The tolk's text for the task: saved as a draft for a redacteur to publish; the task is then done. */
    public FaqRevision submit(StaffAccount tolk, FaqTask task, FaqForm form) {
        if (!task.open() || !task.assigneeId().equals(tolk.id())) {
            throw new FaqProblemsException(List.of(new FaqForm.Problem("faq.error.task-closed", null)));
        }
        Language language = Language.fromCode(task.language()).orElseThrow();
        FaqRevision draft = content.save(tolk, task.topic(), language, form, false, "task:" + task.id());
        tasks.update(new FaqTask(task.id(), task.topic(), task.language(), task.kind(), task.assigneeId(),
                task.createdBy(), FaqTask.DONE, task.createdAt(), clock.instant(), draft.id()));
        audit.record(tolk, "FAQ_TASK_SUBMITTED", null, task.topic() + "/" + task.language());
        return draft;
    }

    public String nameOf(Long staffId) {
        return staffId == null ? "" : staff.findById(staffId).map(StaffAccount::name).orElse("#" + staffId);
    }
}
