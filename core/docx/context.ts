// What every part mapper needs: the resolved layout (Word units), the profile's sizes, and a place to
// put warnings (Vietnamese, naming the field) that the caller shows the user.
import type { FontSizes, ResolvedLayout } from '../layout';

export interface ExportContext {
  layout: ResolvedLayout;
  sizes: FontSizes;
  warnings: string[];
}
