package nl.selam.kb.eval;

import nl.selam.kb.analysis.LanguageAnalyzers;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.decision.Outcome;
import nl.selam.kb.language.Language;
import nl.selam.kb.language.LanguageIdentifier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock baseline: the same content indexed with Lucene's stock analyzers (ArabicAnalyzer, DutchAnalyzer,
 * EnglishAnalyzer, StandardAnalyzer for Tigrinya), answering when the raw BM25 score of the best document passes
 * one global threshold. It shows what Selam's own analysis and decision add.
 */
public final class BaselineEngine implements AutoCloseable {

    /** The baseline's raw result for one message. */
    public record Result(Language language, String topic, double score) {
    }

    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final LanguageIdentifier identifier = new LanguageIdentifier();

    public BaselineEngine(KnowledgeBase kb) {
        analyzers.put(Language.AR, new ArabicAnalyzer());
        analyzers.put(Language.NL, new DutchAnalyzer());
        analyzers.put(Language.EN, new EnglishAnalyzer());
        analyzers.put(Language.TI, new StandardAnalyzer());
        Map<String, Analyzer> perField = new HashMap<>();
        analyzers.forEach((l, a) -> perField.put(field(l), a));
        try (IndexWriter w = new IndexWriter(directory,
                new IndexWriterConfig(new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField)))) {
            for (FaqEntry entry : kb.entries()) {
                for (Language l : Language.answeredLanguages()) {
                    LocalizedEntry t = entry.in(l).orElse(null);
                    if (t == null) {
                        continue;
                    }
                    List<String> parts = new ArrayList<>(t.questions());
                    parts.add(t.title());
                    parts.add(String.join(" ", t.keywords()));
                    parts.add(t.answer());
                    for (String part : parts) {
                        Document d = new Document();
                        d.add(new StringField("topic", entry.id(), Field.Store.YES));
                        d.add(new TextField(field(l), part, Field.Store.NO));
                        w.addDocument(d);
                    }
                }
            }
            w.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result search(String text) {
        Language l = identifier.identify(text).language();
        if (!l.isAnswered()) {
            l = Language.NL;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String term : LanguageAnalyzers.terms(analyzers.get(l), field(l), text)) {
            q.add(new TermQuery(new Term(field(l), term)), BooleanClause.Occur.SHOULD);
        }
        try {
            TopDocs top = searcher.search(q.build(), 1);
            if (top.scoreDocs.length == 0) {
                return new Result(l, null, 0);
            }
            String topic = reader.storedFields().document(top.scoreDocs[0].doc).get("topic");
            return new Result(l, topic, top.scoreDocs[0].score);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scores the baseline at the global threshold that suits it best on these rows (generous to it). */
    public EvalReport evaluate(List<LabelledMessage> rows) {
        List<Result> results = rows.stream().map(r -> search(r.text())).toList();
        double bestThreshold = 0;
        double bestUtility = Double.NEGATIVE_INFINITY;
        for (double t = 0; t <= 40; t += 0.25) {
            double utility = 0;
            for (int i = 0; i < rows.size(); i++) {
                Verdict v = Verdict.of(rows.get(i), outcome(results.get(i), t), results.get(i).topic());
                utility += v == Verdict.CORRECT ? 1 : v == Verdict.WRONG ? -4 : 0;
            }
            if (utility > bestUtility) {
                bestUtility = utility;
                bestThreshold = t;
            }
        }
        EvalReport report = new EvalReport("Stock Lucene baseline (global BM25 threshold " + bestThreshold + ")");
        for (int i = 0; i < rows.size(); i++) {
            Result r = results.get(i);
            if (rows.get(i).kind() == LabelledMessage.Kind.IN_SCOPE) {
                report.addRanking(rows.get(i), rows.get(i).expected().equals(r.topic()));
            }
            Outcome o = outcome(r, bestThreshold);
            report.add(rows.get(i), Verdict.of(rows.get(i), o, r.topic()), r.language().code(), o + " " + r.topic());
        }
        return report;
    }

    private static Outcome outcome(Result r, double threshold) {
        return r.topic() != null && r.score() >= threshold ? Outcome.ANSWER : Outcome.ESCALATE;
    }

    private static String field(Language l) {
        return "b_" + l.code();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
