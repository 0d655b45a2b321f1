package jp.kyodo.plan.progress.live;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import jp.kyodo.plan.progress.Binding;
import jp.kyodo.plan.progress.service.LiveIndicatorService;

/**
 * Reads a binding key from JSON as an enum would be read (a string, never an index): a key no source declares is
 * refused as a value of the wrong format (400, the field named), so a request cannot store a binding nothing computes.
 */
@Singleton
public class BindingJson implements ObjectMapperCustomizer {

    @Inject
    LiveIndicatorService live;

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("indicator-bindings");
        module.addDeserializer(Binding.class, new Reader(live));
        mapper.registerModule(module);
    }

    static final class Reader extends StdScalarDeserializer<Binding> {

        private final transient LiveIndicatorService live;

        Reader(LiveIndicatorService live) {
            super(Binding.class);
            this.live = live;
        }

        @Override
        public Binding deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            List<BindingSpec> known = live.bindings();
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Binding) ctxt.handleUnexpectedToken(Binding.class, p);
            }
            String text = p.getText();
            for (BindingSpec b : known) {
                if (b.code().code().equals(text) || b.code().code().equals(text.trim())) {
                    return b.code();
                }
            }
            throw ctxt.weirdStringException(text, Binding.class, "not one of the bindings " + known.stream()
                    .map(b -> b.code().code()).toList());
        }
    }
}
