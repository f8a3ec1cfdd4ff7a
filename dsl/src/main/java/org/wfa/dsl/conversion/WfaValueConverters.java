package org.wfa.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Singleton;

/**
 * Converts the WFA data-type rules to and from their values. A singleton: building the
 * converter table walks the grammar, and Guice does not inherit the superclass's scope.
 */
@Singleton
public class WfaValueConverters extends DefaultTerminalConverters {

    private final IValueConverter<BigDecimal> numberConverter = new IValueConverter<>() {
        @Override
        public BigDecimal toValue(String string, INode node) {
            if (string == null || string.isBlank()) {
                throw new ValueConverterException("A number was expected.", node, null);
            }
            try {
                // Hidden whitespace may separate the sign, integer part and fraction.
                return new BigDecimal(string.replaceAll("\\s+", ""));
            } catch (NumberFormatException e) {
                throw new ValueConverterException("'" + string + "' is not a number.", node, e);
            }
        }

        @Override
        public String toString(BigDecimal value) {
            return value.toPlainString();
        }
    };

    @ValueConverter(rule = "Number")
    public IValueConverter<BigDecimal> number() {
        return numberConverter;
    }
}
