package nl.selam.bot.console;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Renders a page completely before the response starts. Micronaut Views otherwise renders while writing the
 * response, and a template error at that point leaves the browser waiting forever with no status at all
 * (micronaut-views issue 832); rendered first, the error becomes an ordinary 500 that the person sees.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
@Produces(MediaType.TEXT_HTML)
class EagerViewsRenderer<T> extends ThymeleafViewsRenderer<T> {

    EagerViewsRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                       ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        Writable lazy = super.render(viewName, data, request);
        StringWriter page = new StringWriter();
        try {
            lazy.writeTo(page);
        } catch (IOException e) {
            throw new ViewRenderingException("Error rendering view [" + viewName + "]", e);
        }
        String html = page.toString();
        return out -> out.write(html);
    }
}
