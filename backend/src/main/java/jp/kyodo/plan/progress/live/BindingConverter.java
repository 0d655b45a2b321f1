package jp.kyodo.plan.progress.live;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jp.kyodo.plan.progress.Binding;

/** A binding is stored as its key. */
@Converter
public class BindingConverter implements AttributeConverter<Binding, String> {

    @Override
    public String convertToDatabaseColumn(Binding binding) {
        return binding == null ? null : binding.code();
    }

    @Override
    public Binding convertToEntityAttribute(String code) {
        return code == null ? null : Binding.of(code);
    }
}
