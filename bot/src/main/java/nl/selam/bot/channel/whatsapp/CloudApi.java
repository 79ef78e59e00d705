package nl.selam.bot.channel.whatsapp;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;

/**
 * The Graph API calls Selam makes, as a Micronaut declarative client at {@code WHATSAPP_API_URL} (the Graph API
 * base including its version: the address's path is kept in front of every call). Bodies are the Cloud API's JSON as text, built and read by
 * {@link CloudMessages} and {@link CloudApiError}; a 4xx or 5xx arrives as
 * {@link io.micronaut.http.client.exceptions.HttpClientResponseException} with Meta's error object as its body.
 */
@Client(CloudApi.BASE)
@Header(name = HttpHeaders.AUTHORIZATION, value = "Bearer ${selam.whatsapp.token:}")
interface CloudApi {

    String BASE = "${selam.whatsapp.api-url}";

    /** Sends one message; answers {@code {"messages":[{"id":"wamid..."}]}}. */
    @Post(value = "/{phoneNumberId}/messages", produces = MediaType.APPLICATION_JSON,
            consumes = MediaType.APPLICATION_JSON)
    String send(@PathVariable String phoneNumberId, @Body String message);

    /** Uploads a file a tolk sends (fields messaging_product, type, file); answers {@code {"id": "<media id>"}}. */
    @Post(value = "/{phoneNumberId}/media", produces = MediaType.MULTIPART_FORM_DATA,
            consumes = MediaType.APPLICATION_JSON)
    String upload(@PathVariable String phoneNumberId, @Body MultipartBody file);

    /** Looks up a resident's media: {@code {"url": ..., "mime_type": ..., "file_size": ...}}; the url is short-lived. */
    @Get(value = "/{mediaId}", consumes = MediaType.APPLICATION_JSON)
    String media(@PathVariable String mediaId);
}
