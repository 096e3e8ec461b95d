// Registers <relance-calculator>. Import this one module to use the widget:
//   <script type="module" src="relance-calculator.js"></script>
//   <relance-calculator></relance-calculator>
import { RelanceCalculatorElement } from './calculator-element.js';

if (!customElements.get('relance-calculator')) {
  customElements.define('relance-calculator', RelanceCalculatorElement);
}

export { RelanceCalculatorElement };
