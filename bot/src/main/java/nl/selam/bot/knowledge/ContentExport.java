package nl.selam.bot.knowledge;

import jakarta.inject.Singleton;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.language.Language;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the FAQ as this instance answers with it (shipped content plus everything published in the console) back
 * to the content files' format, one {@code faq/<id>.yaml} per topic, so edits made in the console can be reviewed
 * and committed to {@code knowledge-base/content} (DESIGN.md). Placeholders stay placeholders: the municipality
 * profile is not baked in.
 */
@Singleton
public class ContentExport {

    private final LiveEngine live;

    ContentExport(LiveEngine live) {
        this.live = live;
    }

    /** A zip with one YAML file per topic, in the layout of {@code knowledge-base/content/faq}. */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (FaqEntry entry : live.published().entries()) {
                zip.putNextEntry(new ZipEntry("faq/" + entry.id() + ".yaml"));
                zip.write(yaml(entry).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One entry as the loader reads it: id, category, reviewed, sources, then a block per language. */
    public static String yaml(FaqEntry entry) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", entry.id());
        doc.put("category", entry.category());
        doc.put("reviewed", entry.reviewed() == null ? null : entry.reviewed().toString());
        doc.put("sources", entry.sources());
        for (Language language : List.of(Language.NL, Language.AR, Language.TI, Language.EN)) {
            entry.in(language).ifPresent(text -> doc.put(language.code(), localized(text)));
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(options).dump(doc);
    }

    private static Map<String, Object> localized(LocalizedEntry text) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", text.title());
        out.put("questions", text.questions());
        out.put("keywords", text.keywords());
        out.put("answer", text.answer());
        return out;
    }

}
