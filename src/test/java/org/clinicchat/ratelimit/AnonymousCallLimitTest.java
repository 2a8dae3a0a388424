package org.clinicchat.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnonymousCallLimitTest {

  @Test
  void configuredLimitApplies() {
    ClientRateLimiter limiter =
        AnonymousCallLimit.limiterFrom(
            config(
                Map.of(
                    AnonymousCallLimit.PROPERTY_REQUESTS, "2",
                    AnonymousCallLimit.PROPERTY_PERIOD, "PT10S")));

    limiter.acquire("192.0.2.1", 0);
    limiter.acquire("192.0.2.1", 0);

    assertEquals(Duration.ofSeconds(5), limiter.acquire("192.0.2.1", 0));
  }

  @Test
  void defaultsAllowTwentyPerMinute() {
    ClientRateLimiter limiter = AnonymousCallLimit.limiterFrom(config(Map.of()));

    for (int i = 0; i < 20; i++) {
      assertEquals(Duration.ZERO, limiter.acquire("192.0.2.1", 0), "call " + (i + 1));
    }
    assertEquals(Duration.ofSeconds(3), limiter.acquire("192.0.2.1", 0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "clinicchat.rate-limit.anonymous.period | 60 |"
            + " clinicchat.rate-limit.anonymous.period is not an ISO-8601 duration such as PT1M: 60",
        "clinicchat.rate-limit.anonymous.period | PT0S |"
            + " clinicchat.rate-limit.anonymous.period must be above zero, not PT0S",
        "clinicchat.rate-limit.anonymous.period | -PT1M |"
            + " clinicchat.rate-limit.anonymous.period must be above zero, not -PT1M",
        "clinicchat.rate-limit.anonymous.requests | 0 |"
            + " clinicchat.rate-limit.anonymous.requests must be at least 1, not 0",
        "clinicchat.rate-limit.anonymous.max-clients | -5 |"
            + " clinicchat.rate-limit.anonymous.max-clients must be at least 1, not -5"
      })
  void invalidSettingRejected(String property, String value, String message) {
    Config config = config(Map.of(property, value));

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> AnonymousCallLimit.limiterFrom(config));

    assertEquals(message, e.getMessage());
  }

  /** Returns a configuration of string values that converts to Integer and String only. */
  private static Config config(Map<String, String> values) {
    return new Config() {
      @Override
      public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
        Optional<String> value = Optional.ofNullable(values.get(name));
        if (type == Integer.class) {
          return value.map(Integer::valueOf).map(type::cast);
        }
        return value.map(type::cast);
      }

      @Override
      public <T> T getValue(String name, Class<T> type) {
        return getOptionalValue(name, type).orElseThrow();
      }

      @Override
      public ConfigValue getConfigValue(String name) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Iterable<String> getPropertyNames() {
        return values.keySet();
      }

      @Override
      public Iterable<ConfigSource> getConfigSources() {
        throw new UnsupportedOperationException();
      }

      @Override
      public <T> Optional<Converter<T>> getConverter(Class<T> type) {
        return Optional.empty();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
