package nl.selam.bot.faq;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface FaqRevisionRepository extends CrudRepository<FaqRevision, Long> {

    List<FaqRevision> findByTopicAndLanguageOrderByIdAsc(String topic, String language);

    List<FaqRevision> findByTopicOrderByIdAsc(String topic);

    List<FaqRevision> findByStateOrderByIdAsc(String state);

    List<FaqRevision> findAllOrderByIdAsc();

    boolean existsByTopic(String topic);
}
