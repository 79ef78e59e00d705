package nl.selam.kb.index;

import nl.selam.kb.analysis.LanguageAnalyzers;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.language.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.SingleInstanceLockFactory;
import nl.selam.kb.cache.PartCodec;
import nl.selam.kb.cache.PartFormat;

import java.io.DataInputStream;
import java.io.DataOutputStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-memory Lucene index of every FAQ entry in every language, one document per question variant, title,
 * keyword list and answer. Rebuilt from the knowledge base in well under a second; immutable once built.
 */
public final class FaqIndex implements AutoCloseable {

    private final LanguageAnalyzers analyzers;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final String[] topicOfDoc;
    private final FaqFields.Kind[] kindOfDoc;
    /** Analysed words of each topic per language, for query coverage. */
    private final Map<Language, Map<String, Set<String>>> topicTerms = new HashMap<>();

    public FaqIndex(KnowledgeBase knowledgeBase, LanguageAnalyzers analyzers) {
        this(analyzers, write(knowledgeBase, analyzers));
    }

    private FaqIndex(LanguageAnalyzers analyzers, ByteBuffersDirectory directory) {
        this.analyzers = analyzers;
        this.directory = directory;
        try {
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            topicOfDoc = new String[reader.maxDoc()];
            kindOfDoc = new FaqFields.Kind[reader.maxDoc()];
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document d = stored.document(doc);
                topicOfDoc[doc] = d.get(FaqFields.TOPIC);
                kindOfDoc[doc] = FaqFields.Kind.valueOf(d.get(FaqFields.KIND));
            }
            collectTopicTerms();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // one contiguous buffer per file: the default many-small-buffers layout makes every term lookup allocate
    private static ByteBuffersDirectory newDirectory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    private static ByteBuffersDirectory write(KnowledgeBase knowledgeBase, LanguageAnalyzers analyzers) {
        ByteBuffersDirectory directory = newDirectory();
        int ord = 0;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(fieldAnalyzer(analyzers)))) {
            for (FaqEntry entry : knowledgeBase.entries()) {
                for (Language language : Language.answeredLanguages()) {
                    LocalizedEntry text = entry.in(language).orElse(null);
                    if (text == null) {
                        continue;
                    }
                    for (Part part : parts(text)) {
                        writer.addDocument(document(entry.id(), language, part, ord++));
                    }
                }
            }
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }

    /**
     * Writes the built index's files and reads them back (nl.selam.kb.cache): the index is the same bytes either way,
     * so a read-back index searches and scores exactly as the one built.
     */
    public static PartCodec<FaqIndex> codec(LanguageAnalyzers analyzers) {
        return new PartCodec<>() {
            @Override
            public void write(FaqIndex index, DataOutputStream out) throws IOException {
                String[] files = index.directory.listAll();
                out.writeInt(files.length);
                for (String file : files) {
                    out.writeUTF(file);
                    try (IndexInput in = index.directory.openInput(file, IOContext.READONCE)) {
                        byte[] bytes = new byte[Math.toIntExact(in.length())];
                        in.readBytes(bytes, 0, bytes.length);
                        out.writeInt(bytes.length);
                        out.write(bytes);
                    }
                }
            }

            @Override
            public FaqIndex read(DataInputStream in) throws IOException {
                ByteBuffersDirectory directory = newDirectory();
                int files = PartFormat.length(in, 6);
                for (int i = 0; i < files; i++) {
                    String file = in.readUTF();
                    byte[] bytes = in.readNBytes(PartFormat.length(in, 1));
                    try (IndexOutput out = directory.createOutput(file, IOContext.DEFAULT)) {
                        out.writeBytes(bytes, bytes.length);
                    }
                }
                try {
                    return new FaqIndex(analyzers, directory);
                } catch (UncheckedIOException | IllegalArgumentException | NullPointerException e) {
                    throw new IOException("not a readable index: " + e.getMessage(), e);
                }
            }
        };
    }

    private record Part(FaqFields.Kind kind, String text) {
    }

    private static List<Part> parts(LocalizedEntry text) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(FaqFields.Kind.TITLE, text.title()));
        text.questions().forEach(q -> parts.add(new Part(FaqFields.Kind.QUESTION, q)));
        if (!text.keywords().isEmpty()) {
            parts.add(new Part(FaqFields.Kind.KEYWORDS, String.join(" ", text.keywords())));
        }
        parts.add(new Part(FaqFields.Kind.ANSWER, text.answer()));
        List<String> all = new ArrayList<>(text.questions());
        all.add(text.title());
        all.addAll(text.keywords());
        parts.add(new Part(FaqFields.Kind.TOPIC, String.join(" \n ", all)));
        return parts;
    }

    private static Document document(String topic, Language language, Part part, int ord) {
        Document doc = new Document();
        doc.add(new StringField(FaqFields.TOPIC, topic, Field.Store.YES));
        doc.add(new StringField(FaqFields.KIND, part.kind().name(), Field.Store.YES));
        doc.add(new StoredField(FaqFields.ORD, ord));
        doc.add(new TextField(FaqFields.text(language), part.text(), Field.Store.NO));
        if (language == Language.TI) {
            doc.add(new TextField(FaqFields.TI_GRAMS, part.text(), Field.Store.NO));
        }
        return doc;
    }

    /** The words of each topic per language, read from the postings: no second analysis of the content. */
    private void collectTopicTerms() throws IOException {
        for (Language language : Language.answeredLanguages()) {
            Map<String, Set<String>> byTopic = topicTerms.computeIfAbsent(language, l -> new HashMap<>());
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(FaqFields.text(language));
                if (terms == null) {
                    continue;
                }
                TermsEnum termsEnum = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
                    String word = term.utf8ToString();
                    postings = termsEnum.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        byTopic.computeIfAbsent(topicOfDoc[leaf.docBase + doc], t -> new HashSet<>()).add(word);
                    }
                }
            }
        }
    }

    private static Analyzer fieldAnalyzer(LanguageAnalyzers analyzers) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Language language : Language.answeredLanguages()) {
            perField.put(FaqFields.text(language), analyzers.forLanguage(language));
        }
        perField.put(FaqFields.TI_GRAMS, analyzers.tigrinyaGrams());
        return new PerFieldAnalyzerWrapper(analyzers.forLanguage(Language.NL), perField);
    }

    IndexSearcher searcher() {
        return searcher;
    }

    LanguageAnalyzers analyzers() {
        return analyzers;
    }

    String topicOf(int doc) {
        return topicOfDoc[doc];
    }

    FaqFields.Kind kindOf(int doc) {
        return kindOfDoc[doc];
    }

    Set<String> termsOf(Language language, String topic) {
        return topicTerms.getOrDefault(language, Map.of()).getOrDefault(topic, Set.of());
    }

    public int documentCount() {
        return reader.maxDoc();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
