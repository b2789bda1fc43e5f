package crm.domain.letter;

/**
 * The paper a letter is printed on and where its address block must sit so that, once folded in
 * three, it shows through the envelope window. Measures are PDF points (1/72 inch) from the top
 * left corner of the page; the address block starts at the left margin.
 */
public enum PaperSize {
  /**
   * ISO A4 with the DIN 5008 form B address field (25 mm from the left, 45 mm from the top, 85 × 45
   * mm), which sits inside the window of a DL envelope (20 mm from the left, 90 × 45 mm).
   */
  A4(595, 842, mm(25), mm(20), mm(45), mm(85), mm(45)),
  /**
   * US Letter for a #10 window envelope: the window is 7/8 in from the left and, folded in three,
   * about 2 in from the top of the page, 4 1/2 × 1 1/8 in; text starts at the 1 in margin.
   */
  US_LETTER(612, 792, inch(1), inch(1), inch(2), inch(4.25), inch(1.125));

  private final float width;
  private final float height;
  private final float leftMargin;
  private final float rightMargin;
  private final float addressTop;
  private final float addressWidth;
  private final float addressHeight;

  PaperSize(
      float width,
      float height,
      float leftMargin,
      float rightMargin,
      float addressTop,
      float addressWidth,
      float addressHeight) {
    this.width = width;
    this.height = height;
    this.leftMargin = leftMargin;
    this.rightMargin = rightMargin;
    this.addressTop = addressTop;
    this.addressWidth = addressWidth;
    this.addressHeight = addressHeight;
  }

  public float width() {
    return width;
  }

  public float height() {
    return height;
  }

  /** Left margin of all text, also the left edge of the address block. */
  public float leftMargin() {
    return leftMargin;
  }

  public float rightMargin() {
    return rightMargin;
  }

  /** Distance from the top of the page to the top of the address field. */
  public float addressTop() {
    return addressTop;
  }

  public float addressWidth() {
    return addressWidth;
  }

  public float addressHeight() {
    return addressHeight;
  }

  private static float mm(double millimetres) {
    return (float) (millimetres * 72 / 25.4);
  }

  private static float inch(double inches) {
    return (float) (inches * 72);
  }
}
