package nl.selam.bot.faq;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface FaqTaskRepository extends CrudRepository<FaqTask, Long> {

    List<FaqTask> findByAssigneeIdOrderByIdDesc(Long assigneeId);

    List<FaqTask> findByTopicOrderByIdDesc(String topic);
}
