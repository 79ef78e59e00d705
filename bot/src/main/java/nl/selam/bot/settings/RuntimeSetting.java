package nl.selam.bot.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One stored override, e.g. {@code privacy.retention-days = 14}. */
@MappedEntity("runtime_setting")
record RuntimeSetting(@Id String name, String settingValue, Instant changedAt, @Nullable Long changedBy) {
}
